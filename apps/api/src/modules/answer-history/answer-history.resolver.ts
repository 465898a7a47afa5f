import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { AnswerLayer, Assessment } from '../assessments/assessment.entity.js';
import { layerVisible } from '../assessments/layer-rules.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { AnswerChange } from './answer-change.types.js';

@Resolver(() => Assessment)
export class AnswerHistoryResolver {
  @FieldResolver(() => [AnswerChange], {
    description:
      "Every change to one question's answers and evidence, newest first, in the layers the viewer may see.",
  })
  answerHistory(
    @Root() assessment: Assessment,
    @Arg('code', { description: 'The question code, e.g. "A.I.1.i.b".' }) code: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AnswerChange[]> {
    const visible = Object.values(AnswerLayer).filter((layer) =>
      layerVisible(layer, assessment.status, viewer.role),
    );
    return ctx.services.answerHistory.of(assessment, code, visible);
  }
}

@Resolver(() => AnswerChange)
export class AnswerChangeActorResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() change: AnswerChange, @Ctx() ctx: Context): Promise<User | null> | null {
    return change.actorId ? ctx.loaders.user.load(change.actorId) : null;
  }
}
