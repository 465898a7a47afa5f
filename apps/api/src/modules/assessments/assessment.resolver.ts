import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { forbidden } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { frameworkView, LkeFramework } from '../frameworks/framework.types.js';
import { Unit } from '../units/unit.entity.js';
import { unitScopeOf } from '../units/unit.scope.js';
import { AnswerLayer, Assessment } from './assessment.entity.js';
import { AcceptUnitAnswersInput, SetAnswersInput, StartAssessmentInput } from './assessment.inputs.js';
import { layerVisible } from './layer-rules.js';
import { AcceptUnitAnswersPayload, AssessmentLayerView } from './score.types.js';
import { AssessmentViewerMay } from './viewer-may.types.js';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @AllowAnyRole()
  @Query(() => Assessment, { nullable: true, description: "An assessment of a unit in the viewer's scope." })
  async assessment(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Assessment | null> {
    const found = await ctx.services.assessments.withUnit(
      fromGlobalIdOf('Assessment', id),
      unitScopeOf(viewer),
    );
    if (!found) return null;
    // Read with it in scope: its unit, instansi and deadlines need no second look-up.
    ctx.loaders.unit.prime(found.unit.id, found.unit);
    return found.assessment;
  }

  @Allow(Role.ADMIN, Role.UNIT_OPERATOR)
  @Mutation(() => Assessment, { description: 'Starts the worksheet of a unit for a year.' })
  startAssessment(
    @Arg('input') input: StartAssessmentInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return ctx.services.assessments.start(viewer, input, ctx.request);
  }

  @AllowAnyRole()
  @Mutation(() => AssessmentLayerView, {
    description:
      'Saves answers of one layer in one transaction and rescores it. Each answer carries the version it edits; a stale one is a CONFLICT and nothing is saved.',
  })
  async setAnswers(
    @Arg('input') input: SetAnswersInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AssessmentLayerView> {
    const assessment = await ctx.services.assessments.setAnswers(viewer, input, ctx.request);
    return layerView(assessment, input.layer, viewer);
  }

  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Mutation(() => AcceptUnitAnswersPayload, {
    description:
      "Takes the unit's answer into the TPI layer for every question the TPI has not answered yet, in one transaction, and rescores it. Never changes an answer the TPI gave.",
  })
  async acceptUnitAnswers(
    @Arg('input') input: AcceptUnitAnswersInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AcceptUnitAnswersPayload> {
    const { assessment, accepted } = await ctx.services.assessments.acceptUnitAnswers(
      viewer,
      input.assessmentId,
      ctx.request,
    );
    return Object.assign(new AcceptUnitAnswersPayload(), {
      accepted,
      assessment,
      layer: layerView(assessment, AnswerLayer.TPI, viewer),
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
  acceptableUnitAnswers(
    @Root() assessment: Assessment,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<string[]> {
    if (!layerVisible(AnswerLayer.TPI, assessment.status, viewer.role)) {
      throw forbidden('The TPI layer is not shown to the unit yet.', {
        reason: RefusalReason.LAYER_ROLE,
        layer: 'tpi',
      });
    }
    return ctx.services.assessments.acceptableUnitAnswers(assessment);
  }

  @FieldResolver(() => [AnswerLayer], {
    description:
      'The layers the viewer may answer now, by the rule every write of answers or evidence checks: role, status and deadline.',
  })
  editableLayers(
    @Root() assessment: Assessment,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AnswerLayer[]> {
    return ctx.services.assessments.editableLayers(viewer, assessment);
  }

  @FieldResolver(() => AssessmentViewerMay)
  async viewerMay(
    @Root() assessment: Assessment,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AssessmentViewerMay> {
    return Object.assign(new AssessmentViewerMay(), {
      assessment,
      removeEvidenceFrom: await ctx.services.evidence.removableLayers(viewer, assessment),
    });
  }

  @FieldResolver(() => AssessmentLayerView, { description: 'The answers and score of one layer.' })
  layer(
    @Root() assessment: Assessment,
    @Arg('layer', () => AnswerLayer) layer: AnswerLayer,
    @CurrentViewer() viewer: Viewer,
  ): AssessmentLayerView {
    return layerView(assessment, layer, viewer);
  }
}

function layerView(assessment: Assessment, layer: AnswerLayer, viewer: Viewer): AssessmentLayerView {
  return Object.assign(new AssessmentLayerView(), {
    assessmentId: assessment.id,
    frameworkCode: assessment.frameworkCode,
    unitId: assessment.unitId,
    layer,
    visible: layerVisible(layer, assessment.status, viewer.role),
  });
}
