import { type ChartModel, type Translate } from '@zi/ui';
import { CHANGE_AREAS } from '../registry/enum-values';
import type { GapRow } from './dashboard-types';

/** A unit rating itself this many points above the TPI in an area needs coaching there first. */
export const LARGE_GAP = 10;

/** The chart of single gaps shows the largest ones; the table below lists them all. */
const LARGEST_CHARTED = 10;

/**
 * Per area, the units whose self-assessment is at least LARGE_GAP points above the TPI's. A count of
 * large gaps stays right when the API lists only the largest gaps, where an average would not.
 */
export function largeGapsChart(gaps: readonly GapRow[], t: Translate): ChartModel {
  return {
    title: t('dashboard.gaps.byArea', { points: LARGE_GAP }),
    series: [{ key: 'units', label: t('dashboard.units') }],
    bars: CHANGE_AREAS.map((area) => ({
      key: area,
      label: t(`changeArea.${area}`),
      values: [gaps.filter((row) => row.area === area && row.gap >= LARGE_GAP).length],
    })),
  };
}

/** The largest gaps (the API lists them largest first): the unit's own percentage beside the TPI's. */
export function largestGapsChart(gaps: readonly GapRow[], t: Translate): ChartModel {
  const largest = gaps.filter((row) => row.gap > 0).slice(0, LARGEST_CHARTED);
  return {
    title: t('dashboard.gaps.largest', { count: largest.length }),
    series: [
      { key: 'self', label: t('dashboard.gaps.self') },
      { key: 'tpi', label: t('dashboard.gaps.tpi') },
    ],
    bars: largest.map((row) => ({
      key: `${row.unit.id}-${row.area}`,
      label: t('dashboard.gaps.pair', { unit: row.unit.name, area: t(`changeArea.${row.area}`) }),
      values: [row.selfPercent, row.tpiPercent],
    })),
  };
}
