import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../common/connection.js';
import type { Context } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { Allow } from '../auth/access.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { PredicateCount } from '../statistics/statistics.types.js';
import { Unit } from '../units/unit.entity.js';
import { unitScopeOf } from '../units/unit.scope.js';
import {
  CoachingCoverage,
  DashboardCounts,
  DashboardFilter,
  FailingRuleCount,
  FollowUpTotals,
  FunnelStep,
  GapRow,
  HeatmapOrder,
  HeatmapOrderField,
  HeatmapRow,
  IncompleteScore,
  PortfolioDashboard,
  QuarterTrend,
  RiskRow,
} from './dashboard.types.js';

@Resolver(() => PortfolioDashboard)
export class DashboardResolver {
  @Allow(Role.ADMIN, Role.EVALUATOR)
  @Query(() => PortfolioDashboard, { description: 'The portfolio of the viewer’s units in a program year.' })
  portfolioDashboard(
    @Arg('year', () => Int) year: number,
    @Arg('filter', () => DashboardFilter, { nullable: true }) filter: DashboardFilter | null,
    @CurrentViewer() viewer: Viewer,
  ): PortfolioDashboard {
    if (year < 2012 || year > 2100) {
      throw badInput('year', 'year must be between 2012 and 2100', {
        reason: RefusalReason.YEAR_RANGE,
        min: 2012,
        max: 2100,
      });
    }
    return Object.assign(new PortfolioDashboard(), {
      year,
      filter: filter ?? {},
      scope: unitScopeOf(viewer),
    });
  }

  @FieldResolver(() => [FunnelStep], { description: 'Units by the furthest stage reached by this year.' })
  funnel(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<FunnelStep[]> {
    return ctx.services.dashboard.funnel(dashboard);
  }

  @FieldResolver(() => [PredicateCount], {
    description:
      'Units by their active predicate now (the highest held: WBBM over WBK), as the public statistics count them.',
  })
  predicates(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<PredicateCount[]> {
    return ctx.services.dashboard.predicates(dashboard);
  }

  @FieldResolver(() => [HeatmapRow], {
    description: `Units × change areas: the latest score as % of weight, the first \`first\` units (1 to ${MAX_PAGE_SIZE}) in \`orderBy\` (the lowest total first by default); \`counts.heatmap\` says how many there are.`,
  })
  heatmap(
    @Root() dashboard: PortfolioDashboard,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: MAX_PAGE_SIZE }) first: number,
    @Arg('orderBy', () => HeatmapOrder, { nullable: true }) orderBy: HeatmapOrder | null,
  ): Promise<HeatmapRow[]> {
    if (orderBy?.field === HeatmapOrderField.AREA && !orderBy.area)
      throw badInput('orderBy', 'ordering by AREA needs the area', { reason: RefusalReason.INVALID });
    return ctx.services.dashboard.heatmap(dashboard, orderBy ?? undefined, listSize(first));
  }

  @FieldResolver(() => [GapRow], {
    description:
      'Self-assessment minus TPI per unit and area, largest first: the 200 largest; `counts.gaps` says how many pairs were compared.',
  })
  gaps(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<GapRow[]> {
    return ctx.services.dashboard.gaps(dashboard);
  }

  @FieldResolver(() => [RiskRow], {
    description: `Units whose latest score fails rules of their next predicate, most failing rules first: the first \`first\` (1 to ${MAX_PAGE_SIZE}); \`counts.risks\` says how many there are.`,
  })
  risks(
    @Root() dashboard: PortfolioDashboard,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: MAX_PAGE_SIZE }) first: number,
  ): Promise<RiskRow[]> {
    return ctx.services.dashboard.risks(dashboard, listSize(first));
  }

  @FieldResolver(() => [FailingRuleCount], {
    description:
      'The rules units at risk fail, each with how many of them fail it (all of them, listed or not), the most failed first.',
  })
  riskRules(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<FailingRuleCount[]> {
    return ctx.services.dashboard.riskRules(dashboard);
  }

  @FieldResolver(() => [IncompleteScore], {
    description: `Latest worksheets still in progress (no layer final enough, decision 0036), least answered first; left out of the heatmap, gaps and risks. The first \`first\` (1 to ${MAX_PAGE_SIZE}); \`counts.incomplete\` says how many there are.`,
  })
  incomplete(
    @Root() dashboard: PortfolioDashboard,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: MAX_PAGE_SIZE }) first: number,
  ): Promise<IncompleteScore[]> {
    return ctx.services.dashboard.incomplete(dashboard, listSize(first));
  }

  @FieldResolver(() => DashboardCounts)
  counts(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<DashboardCounts> {
    return ctx.services.dashboard.counts(dashboard);
  }

  @FieldResolver(() => FollowUpTotals)
  followUps(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<FollowUpTotals> {
    return ctx.services.dashboard.followUps(dashboard);
  }

  @FieldResolver(() => CoachingCoverage)
  coaching(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<CoachingCoverage> {
    return ctx.services.dashboard.coaching(dashboard);
  }

  @FieldResolver(() => [QuarterTrend], { description: 'Monitoring rounds of this year and the last.' })
  trends(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<QuarterTrend[]> {
    return ctx.services.dashboard.trends(dashboard);
  }

  @FieldResolver(() => Int, { description: 'Action plan activities past their target quarter and not done.' })
  latePlanItems(@Root() dashboard: PortfolioDashboard, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.dashboard.latePlanItems(dashboard);
  }
}

/** A list's `first`: as many as a page may hold (decision 0046). */
function listSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`, {
      reason: RefusalReason.PAGE_SIZE,
      min: 1,
      max: MAX_PAGE_SIZE,
    });
  }
  return first;
}

const unitOf = async (ctx: Context, unitId: string) => (await ctx.loaders.unit.load(unitId)) as Unit;

@Resolver(() => HeatmapRow)
export class HeatmapRowResolver {
  @FieldResolver(() => Unit)
  unit(@Root() row: HeatmapRow, @Ctx() ctx: Context): Promise<Unit> {
    return unitOf(ctx, row.unitId);
  }
}

@Resolver(() => GapRow)
export class GapRowResolver {
  @FieldResolver(() => Unit)
  unit(@Root() row: GapRow, @Ctx() ctx: Context): Promise<Unit> {
    return unitOf(ctx, row.unitId);
  }
}

@Resolver(() => RiskRow)
export class RiskRowResolver {
  @FieldResolver(() => Unit)
  unit(@Root() row: RiskRow, @Ctx() ctx: Context): Promise<Unit> {
    return unitOf(ctx, row.unitId);
  }
}

@Resolver(() => IncompleteScore)
export class IncompleteScoreResolver {
  @FieldResolver(() => Unit)
  unit(@Root() row: IncompleteScore, @Ctx() ctx: Context): Promise<Unit> {
    return unitOf(ctx, row.unitId);
  }
}

@Resolver(() => CoachingCoverage)
export class CoachingCoverageResolver {
  @FieldResolver(() => [Unit])
  async neverCoached(@Root() coverage: CoachingCoverage, @Ctx() ctx: Context): Promise<Unit[]> {
    return (await ctx.loaders.unit.loadMany(coverage.neverCoachedIds)) as Unit[];
  }
}
