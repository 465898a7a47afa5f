import type { ChartModel, Translate } from '@zi/ui';
import type { Coaching } from './dashboard-types';

/** The share of units building ZI coached in the year, in whole percent; 0 when there are none. */
export function coachedPercent(coaching: Coaching): number {
  return coaching.zoneUnits > 0 ? Math.round((coaching.coached / coaching.zoneUnits) * 100) : 0;
}

export function coachingChart(coaching: Coaching, year: number, t: Translate): ChartModel {
  return {
    title: t('dashboard.coaching.chart', { year: String(year) }),
    series: [{ key: 'units', label: t('dashboard.units') }],
    bars: [
      { key: 'coached', label: t('dashboard.coaching.coached'), values: [coaching.coached] },
      {
        key: 'never',
        label: t('dashboard.coaching.never'),
        values: [coaching.zoneUnits - coaching.coached],
      },
    ],
  };
}
