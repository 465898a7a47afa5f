import type { PredicateKind } from '@zi/schema/admin';
import type { Overview } from './dashboard-types';
import { funnelTotals } from './funnel';

export interface HeadlineFigures {
  units: number;
  building: number;
  wbk: number;
  wbbm: number;
  overdueFollowUps: number;
  latePlanItems: number;
  neverCoached: number;
}

const holding = (overview: Overview, predicate: PredicateKind): number =>
  overview.predicates.find((row) => row.predicate === predicate)?.units ?? 0;

export function headlineFigures(overview: Overview): HeadlineFigures {
  const { total, building } = funnelTotals(overview.funnel);
  return {
    units: total,
    building,
    // Units holding each predicate now, as the public statistics count them (decision 0035); the
    // funnel's WBK step is the units whose latest step by the year is the award, a different question.
    wbk: holding(overview, 'WBK'),
    wbbm: holding(overview, 'WBBM'),
    overdueFollowUps: overview.followUps.overdue,
    latePlanItems: overview.latePlanItems,
    neverCoached: overview.coaching.zoneUnits - overview.coaching.coached,
  };
}
