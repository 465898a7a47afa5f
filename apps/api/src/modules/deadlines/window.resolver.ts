import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { todayInIndonesia } from '../../common/dates.js';
import { AnswerLayer, Assessment } from '../assessments/assessment.entity.js';
import { AssessmentViewerMay } from '../assessments/viewer-may.types.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { mayCall } from '../auth/may-call.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { unitScopeOf } from '../units/unit.scope.js';
import { AssessmentDeadline, currentDeadline, LayerDeadline, layerDeadlines } from './deadline.js';
import { LayerReopening } from './layer-reopening.entity.js';
import { AssessmentWindow } from './window.entity.js';
import { AssessmentWindowInput, ReopenLayerInput } from './window.inputs.js';
import type { ReopenedAssessment } from './window.service.js';

@Resolver(() => Assessment)
export class WindowResolver {
  @AllowAnyRole()
  @Query(() => AssessmentWindow, {
    nullable: true,
    description: "The deadlines of a year in the viewer's instansi.",
  })
  async assessmentWindow(
    @Arg('year', () => Int) year: number,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AssessmentWindow | null> {
    const instansiId =
      viewer.instansiId ?? (viewer.unitId ? (await ctx.loaders.unit.load(viewer.unitId))?.instansiId : null);
    return instansiId ? ctx.loaders.windowByInstansiYear.load({ instansiId, year }) : null;
  }

  @Allow(Role.ADMIN)
  @Mutation(() => AssessmentWindow, { description: 'Sets the filling and evaluation deadlines of a year.' })
  setAssessmentWindow(
    @Arg('input') input: AssessmentWindowInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<AssessmentWindow> {
    return ctx.services.windows.set(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Reopens a layer of one assessment until a day later than it is open until now, with a reason: more time before its deadline, after it, or a longer reopening.',
  })
  reopenLayer(
    @Arg('input') input: ReopenLayerInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const inScope = async (id: string): Promise<ReopenedAssessment | null> => {
      const assessment = await ctx.services.assessments.byId(id, unitScopeOf(viewer));
      const unit = assessment && (await ctx.loaders.unit.load(assessment.unitId));
      return assessment && unit
        ? { id: assessment.id, year: assessment.year, instansiId: unit.instansiId }
        : null;
    };
    return ctx.services.windows.reopen(viewer, input, inScope, ctx.request);
  }

  @FieldResolver(() => [LayerReopening], {
    description:
      'Its layers reopened after their deadline, newest first; a layer is open while `until` has not passed.',
  })
  reopenings(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<LayerReopening[]> {
    return ctx.loaders.reopeningsByAssessment.load(assessment.id);
  }

  @FieldResolver(() => AssessmentDeadline, {
    nullable: true,
    description:
      "The deadline of the work it waits on: the unit's filling while draft or returned, the TPI's evaluation until approved (a reopening of that layer extends it). Null once evaluated or while its year has no window.",
  })
  async deadline(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<AssessmentDeadline | null> {
    const [window, reopenings] = await Promise.all([
      windowOf(assessment, ctx),
      ctx.loaders.reopeningsByAssessment.load(assessment.id),
    ]);
    return currentDeadline(assessment.status, window, reopenings);
  }

  @FieldResolver(() => [LayerDeadline], {
    description:
      "Each layer's deadline for it today, reopenings counted, as the writes and reopenLayer judge them; empty while its year has no window.",
  })
  async layerDeadlines(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<LayerDeadline[]> {
    const [window, reopenings] = await Promise.all([
      windowOf(assessment, ctx),
      ctx.loaders.reopeningsByAssessment.load(assessment.id),
    ]);
    return layerDeadlines(window, reopenings, todayInIndonesia());
  }

  @FieldResolver(() => AssessmentWindow, { nullable: true, description: 'The deadlines that apply to it.' })
  window(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<AssessmentWindow | null> {
    return windowOf(assessment, ctx);
  }
}

/** The deadlines that apply to an assessment: its year's, in its unit's instansi. */
async function windowOf(assessment: Assessment, ctx: Context): Promise<AssessmentWindow | null> {
  const unit = await ctx.loaders.unit.load(assessment.unitId);
  return unit
    ? ctx.loaders.windowByInstansiYear.load({ instansiId: unit.instansiId, year: assessment.year })
    : null;
}

@Resolver(() => AssessmentViewerMay)
export class ReopenableLayersResolver {
  @FieldResolver(() => [AnswerLayer], {
    description:
      'The layers the viewer may reopen now (reopenLayer) for this assessment alone: every layer once its year has deadlines, until `layerDeadlines.reopenFrom` or later.',
  })
  async reopenLayers(
    @Root() may: AssessmentViewerMay,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AnswerLayer[]> {
    if (!mayCall(info.schema, 'reopenLayer', viewer.role)) return [];
    return (await windowOf(may.assessment, ctx)) ? Object.values(AnswerLayer) : [];
  }
}
