import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Answer } from '../assessments/answer.entity.js';
import { User } from '../auth/user.entity.js';
import { AssessmentTransition } from '../workflow/workflow.entities.js';

const userOrNull = (ctx: Context, id: string | null) => (id ? ctx.loaders.user.load(id) : null);

/** Who wrote an answer, batched across a worksheet. */
@Resolver(() => Answer)
export class AnswerAuthorResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who saved this version; null for imported demo data.',
  })
  author(@Root() answer: Answer, @Ctx() ctx: Context) {
    return userOrNull(ctx, answer.authorId);
  }
}

/** Who made a move of the workflow. */
@Resolver(() => AssessmentTransition)
export class TransitionActorResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() transition: AssessmentTransition, @Ctx() ctx: Context) {
    return userOrNull(ctx, transition.actorId);
  }
}
