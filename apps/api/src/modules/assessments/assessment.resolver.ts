import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { forbidden } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { viewerOf } from '../auth/viewer.js';
import { frameworkView, LkeFramework } from '../frameworks/framework.types.js';
import { Unit } from '../units/unit.entity.js';
import { unitScopeOf } from '../units/unit.scope.js';
import { Role } from '../users/user.entity.js';
import { layerVisible } from '../workflow/workflow.machine.js';
import { AnswerLayer, Assessment } from './assessment.entity.js';
import { AcceptUnitAnswersInput, SetAnswersInput, StartAssessmentInput } from './assessment.inputs.js';
import { AcceptUnitAnswersPayload, AssessmentLayerView } from './score.types.js';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @AllowAnyRole()
  @Query(() => Assessment, { nullable: true, description: "An assessment of a unit in the viewer's scope." })
  assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Assessment | null> {
    return ctx.services.assessments.byId(fromGlobalIdOf('Assessment', id), unitScopeOf(viewerOf(ctx)));
  }

  @Allow(Role.ADMIN, Role.UNIT_OPERATOR)
  @Mutation(() => Assessment, { description: 'Starts the worksheet of a unit for a year.' })
  startAssessment(@Arg('input') input: StartAssessmentInput, @Ctx() ctx: Context): Promise<Assessment> {
    return ctx.services.assessments.start(viewerOf(ctx), input, ctx.request);
  }

  @AllowAnyRole()
  @Mutation(() => AssessmentLayerView, {
    description:
      'Saves answers of one layer in one transaction and rescores it. Each answer carries the version it edits; a stale one is a CONFLICT and nothing is saved.',
  })
  async setAnswers(@Arg('input') input: SetAnswersInput, @Ctx() ctx: Context): Promise<AssessmentLayerView> {
    const assessment = await ctx.services.assessments.setAnswers(viewerOf(ctx), input, ctx.request);
    return layerView(assessment, input.layer, ctx);
  }

  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Mutation(() => AcceptUnitAnswersPayload, {
    description:
      "Takes the unit's answer into the TPI layer for every question the TPI has not answered yet, in one transaction, and rescores it. Never changes an answer the TPI gave.",
  })
  async acceptUnitAnswers(
    @Arg('input') input: AcceptUnitAnswersInput,
    @Ctx() ctx: Context,
  ): Promise<AcceptUnitAnswersPayload> {
    const { assessment, accepted } = await ctx.services.assessments.acceptUnitAnswers(
      viewerOf(ctx),
      input.assessmentId,
      ctx.request,
    );
    return Object.assign(new AcceptUnitAnswersPayload(), {
      accepted,
      assessment,
      layer: layerView(assessment, AnswerLayer.TPI, ctx),
    });
  }

  @FieldResolver(() => Unit)
  async unit(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(assessment.unitId)) as Unit;
  }

  @FieldResolver(() => LkeFramework)
  framework(@Root() assessment: Assessment): LkeFramework {
    return frameworkView(assessment.frameworkCode) as LkeFramework;
  }

  @FieldResolver(() => [String], {
    description:
      "For the TPI: the questions accepting the unit's answers would fill now (answered fully by the unit, not at all by the TPI), in sheet order.",
  })
  acceptableUnitAnswers(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<string[]> {
    if (!layerVisible(AnswerLayer.TPI, assessment.status, viewerOf(ctx).role)) {
      throw forbidden('The TPI layer is not shown to the unit yet.', { reason: 'LAYER_ROLE', layer: 'tpi' });
    }
    return ctx.services.assessments.acceptableUnitAnswers(assessment);
  }

  @FieldResolver(() => AssessmentLayerView, { description: 'The answers and score of one layer.' })
  layer(
    @Root() assessment: Assessment,
    @Arg('layer', () => AnswerLayer) layer: AnswerLayer,
    @Ctx() ctx: Context,
  ): AssessmentLayerView {
    return layerView(assessment, layer, ctx);
  }
}

function layerView(assessment: Assessment, layer: AnswerLayer, ctx: Context): AssessmentLayerView {
  return Object.assign(new AssessmentLayerView(), {
    assessmentId: assessment.id,
    frameworkCode: assessment.frameworkCode,
    unitId: assessment.unitId,
    layer,
    visible: layerVisible(layer, assessment.status, viewerOf(ctx).role),
  });
}
