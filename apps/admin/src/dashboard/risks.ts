import type { ChartModel, Translate } from '@zi/ui';
import type { RiskRow } from './dashboard-types';

export interface RuleCount {
  label: string;
  units: number;
}

/** How many units at risk fail each rule, the most failed first; WBK's and WBBM's differ by label. */
export function failingRuleCounts(risks: readonly RiskRow[]): RuleCount[] {
  const counts = new Map<string, number>();
  for (const risk of risks) {
    for (const rule of risk.failing) counts.set(rule.label, (counts.get(rule.label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, units]) => ({ label, units }))
    .sort((a, b) => b.units - a.units || a.label.localeCompare(b.label, 'id'));
}

export function riskChart(counts: readonly RuleCount[], t: Translate): ChartModel {
  return {
    title: t('dashboard.risks.chart'),
    series: [{ key: 'units', label: t('dashboard.units') }],
    bars: counts.map((count) => ({ key: count.label, label: count.label, values: [count.units] })),
  };
}
