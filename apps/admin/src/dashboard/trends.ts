import type { ProgressJudgement } from '@zi/schema/admin';
import { type ChartModel, type Translate } from '@zi/ui';
import { PROGRESS_JUDGEMENTS } from '../registry/enum-values';
import type { Trend } from './dashboard-types';

/** A quarter as people name it, "T3 2026"; a year is a name, not a quantity ("2.026"). */
export function quarterLabel(trend: Pick<Trend, 'year' | 'quarter'>, t: Translate): string {
  return t('dashboard.trends.quarter', { quarter: String(trend.quarter), year: String(trend.year) });
}

export function judgementCount(trend: Trend, judgement: ProgressJudgement): number {
  return trend.judgements.find((item) => item.judgement === judgement)?.count ?? 0;
}

export function followUpChart(trends: readonly Trend[], t: Translate): ChartModel {
  return {
    title: t('dashboard.trends.followUpChart'),
    series: [
      { key: 'findings', label: t('dashboard.trends.findings') },
      { key: 'open', label: t('dashboard.trends.open') },
      { key: 'verified', label: t('dashboard.trends.verified') },
    ],
    bars: trends.map((trend) => ({
      key: `${trend.year}-${trend.quarter}`,
      label: quarterLabel(trend, t),
      values: [trend.findings, trend.followUpsOpen, trend.followUpsVerified],
    })),
  };
}

export function judgementChart(trends: readonly Trend[], t: Translate): ChartModel {
  return {
    title: t('dashboard.trends.judgementChart'),
    series: PROGRESS_JUDGEMENTS.map((judgement) => ({
      key: judgement,
      label: t(`progressJudgement.${judgement}`),
    })),
    bars: trends.map((trend) => ({
      key: `${trend.year}-${trend.quarter}`,
      label: quarterLabel(trend, t),
      values: PROGRESS_JUDGEMENTS.map((judgement) => judgementCount(trend, judgement)),
    })),
  };
}
