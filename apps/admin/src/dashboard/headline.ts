import type { Overview } from './dashboard-types';
import { funnelTotals, unitsAt } from './funnel';

export interface HeadlineFigures {
  units: number;
  building: number;
  wbk: number;
  wbbm: number;
  overdueFollowUps: number;
  latePlanItems: number;
  neverCoached: number;
}

export function headlineFigures(overview: Overview): HeadlineFigures {
  const { total, building } = funnelTotals(overview.funnel);
  return {
    units: total,
    building,
    wbk: unitsAt(overview.funnel, 'WBK'),
    wbbm: unitsAt(overview.funnel, 'WBBM'),
    overdueFollowUps: overview.followUps.overdue,
    latePlanItems: overview.latePlanItems,
    neverCoached: overview.coaching.zoneUnits - overview.coaching.coached,
  };
}
