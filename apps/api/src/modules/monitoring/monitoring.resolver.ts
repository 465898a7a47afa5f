import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Allow, AllowAnyRole } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { mayCall } from '../auth/may-call.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import { Finding, Recommendation } from './finding.entity.js';
import { FollowUp } from './follow-up.entity.js';
import {
  OpenMonitoringRoundInput,
  RecordFindingInput,
  SaveMonitoringCellsInput,
  SetMonitoringProgressInput,
} from './monitoring.inputs.js';
import { closedRoundRefusal } from './monitoring.service.js';
import { MonitoringProgress } from './monitoring-progress.entity.js';
import { MonitoringRound } from './monitoring-round.entity.js';
import { MonitoringRoundViewerMay } from './viewer-may.types.js';

@Resolver(() => MonitoringRound)
export class MonitoringRoundResolver {
  @AllowAnyRole()
  @Query(() => [MonitoringRound], { description: "The viewer's instansi's monitoring rounds, newest first." })
  monitoringRounds(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound[]> {
    return ctx.services.monitoring.rounds(viewer, year);
  }

  @AllowAnyRole()
  @Query(() => MonitoringRound, { nullable: true })
  monitoringRound(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound | null> {
    return ctx.services.monitoring.round(viewer, id, 'id');
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MonitoringRound, {
    description: 'Opens the monitoring round of a quarter (one per quarter).',
  })
  openMonitoringRound(
    @Arg('input') input: OpenMonitoringRoundInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound> {
    return ctx.services.monitoring.open(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MonitoringRound, { description: 'Closes a round: its judgements and findings are final.' })
  closeMonitoringRound(
    @Arg('id', () => ID) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound> {
    return ctx.services.monitoring.close(viewer, id, ctx.request);
  }

  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Mutation(() => MonitoringProgress, { description: "Judges a unit's progress in one area this round." })
  setMonitoringProgress(
    @Arg('input') input: SetMonitoringProgressInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MonitoringProgress> {
    return ctx.services.monitoring.setProgress(viewer, input, ctx.request) as Promise<MonitoringProgress>;
  }

  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Mutation(() => [MonitoringProgress], {
    description:
      'Saves many judgements of one round (the grid) in one transaction. Each cell carries the version it edits; a stale one is a CONFLICT and nothing is saved. Returns the cells as saved.',
  })
  saveMonitoringCells(
    @Arg('input') input: SaveMonitoringCellsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MonitoringProgress[]> {
    return ctx.services.monitoring.saveCells(viewer, input, ctx.request);
  }

  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Mutation(() => [MonitoringProgress], {
    description:
      "Copies the latest earlier round's judgements into this round's cells not judged yet (units in the viewer's scope). Returns the cells filled.",
  })
  carryForwardMonitoringProgress(
    @Arg('roundId', () => ID) roundId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MonitoringProgress[]> {
    return ctx.services.monitoring.carryForward(viewer, roundId, ctx.request);
  }

  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Mutation(() => Finding, {
    description: 'Records a finding with its recommendations and follow-ups, all at once or not at all.',
  })
  recordFinding(
    @Arg('input') input: RecordFindingInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Finding> {
    return ctx.services.monitoring.recordFinding(viewer, input, ctx.request);
  }

  @FieldResolver(() => MonitoringRoundViewerMay)
  async viewerMay(
    @Root() round: MonitoringRound,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRoundViewerMay> {
    const open = closedRoundRefusal(round) === null;
    const may = (operation: string) => open && mayCall(info.schema, operation, viewer.role);
    const carryForward =
      may('carryForwardMonitoringProgress') && (await ctx.loaders.earlierJudgedRound.load(round.id)) !== null;
    return Object.assign(new MonitoringRoundViewerMay(), {
      close: may('closeMonitoringRound'),
      judgeProgress: may('setMonitoringProgress') && may('saveMonitoringCells'),
      recordFinding: may('recordFinding'),
      carryForward,
    });
  }

  @FieldResolver(() => MonitoringRound, {
    nullable: true,
    description: 'The earlier round whose judgements carrying forward copies: the latest one judged.',
  })
  async carryForwardFrom(
    @Root() round: MonitoringRound,
    @Ctx() ctx: Context,
  ): Promise<MonitoringRound | null> {
    const earlierId = await ctx.loaders.earlierJudgedRound.load(round.id);
    return earlierId ? ctx.loaders.monitoringRound.load(earlierId) : null;
  }

  @FieldResolver(() => [MonitoringProgress], {
    description: 'Judgements of the units in the viewer’s scope.',
  })
  progress(
    @Root() round: MonitoringRound,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MonitoringProgress[]> {
    return ctx.services.monitoring.progress(viewer, round, unitId);
  }

  @FieldResolver(() => [Finding], { description: 'Findings at the units in the viewer’s scope.' })
  findings(
    @Root() round: MonitoringRound,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<Finding[]> {
    return ctx.services.monitoring.findings(viewer, round, unitId);
  }
}

@Resolver(() => MonitoringProgress)
export class MonitoringProgressResolver {
  @FieldResolver(() => Unit)
  async unit(@Root() progress: MonitoringProgress, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(progress.unitId)) as Unit;
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @FieldResolver(() => Unit)
  async unit(@Root() finding: Finding, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(finding.unitId)) as Unit;
  }

  @FieldResolver(() => MonitoringRound)
  async round(@Root() finding: Finding, @Ctx() ctx: Context): Promise<MonitoringRound> {
    return (await ctx.loaders.monitoringRound.load(finding.roundId)) as MonitoringRound;
  }

  @FieldResolver(() => [Recommendation])
  recommendations(@Root() finding: Finding, @Ctx() ctx: Context): Promise<Recommendation[]> {
    return ctx.loaders.recommendationsByFinding.load(finding.id);
  }
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => [FollowUp])
  followUps(@Root() recommendation: Recommendation, @Ctx() ctx: Context): Promise<FollowUp[]> {
    return ctx.loaders.followUpsByRecommendation.load(recommendation.id);
  }

  @FieldResolver(() => Finding)
  async finding(@Root() recommendation: Recommendation, @Ctx() ctx: Context): Promise<Finding> {
    return (await ctx.loaders.finding.load(recommendation.findingId)) as Finding;
  }
}
