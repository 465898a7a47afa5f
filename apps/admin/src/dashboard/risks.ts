import type { ChartModel, Translate } from '@zi/ui';
import type { RiskRule } from './dashboard-types';

export interface RuleCount {
  label: string;
  units: number;
}

/**
 * How many units at risk fail each rule, the most failed first, as the API counts them over every
 * unit at risk; WBK's and WBBM's rules differ by label, and a label shared by both adds up.
 */
export function failingRuleCounts(rules: readonly RiskRule[]): RuleCount[] {
  const counts = new Map<string, number>();
  for (const rule of rules) counts.set(rule.label, (counts.get(rule.label) ?? 0) + rule.units);
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
