import { DEFAULT_FRAMEWORK_CODE, type Rule, requireFramework } from '@zi/lke';
import type { PredicateKind } from '@zi/schema/admin';
import type { ChartModel, Translate } from '@zi/ui';
import type { RuleKind } from '../worksheet/format';
import type { RiskRow } from './dashboard-types';

const KIND_OF_RULE: Record<Rule['kind'], RuleKind> = {
  minScore: 'points',
  minPercentOfWeight: 'percent',
  priorPredicate: 'predicate',
};

/**
 * How a failing rule's value reads, from the worksheet's rule of that id: the API names the rule
 * but not its measure. A rule this build does not know reads as points.
 */
export function ruleKindOf(ruleId: string): RuleKind {
  const rule = requireFramework(DEFAULT_FRAMEWORK_CODE)
    .targets.flatMap((target) => target.rules)
    .find((candidate) => candidate.id === ruleId);
  return rule ? KIND_OF_RULE[rule.kind] : 'points';
}

/** How many rules a predicate has in the worksheet, to say how many of them a unit fails. */
export function rulesOf(target: PredicateKind): number {
  return (
    requireFramework(DEFAULT_FRAMEWORK_CODE).targets.find((candidate) => candidate.id === target)?.rules
      .length ?? 0
  );
}

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
