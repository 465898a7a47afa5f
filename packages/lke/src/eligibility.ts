import { exactScoreOfGroups, type GroupPoints } from './areas.js';
import { compare, exactOf, sub, toNumber } from './exact.js';
import type { Framework, Rule, TargetId } from './framework.js';

export interface RuleResult {
  id: string;
  label: string;
  kind: Rule['kind'];
  /** Points for minScore, percent for minPercentOfWeight, 1/0 for priorPredicate. */
  value: number;
  threshold: number;
  passed: boolean;
  /** How much is missing to pass; 0 when passed. */
  gap: number;
}

export interface TargetResult {
  target: TargetId;
  label: string;
  eligible: boolean;
  rules: RuleResult[];
}

export interface EligibilityContext {
  /** Predicates the unit holds now (not revoked), e.g. ['WBK'] before going for WBBM. */
  heldPredicates: readonly TargetId[];
}

/** A gap to show: never 0 for a failing rule, even when it is below the tenth decimal. */
function shortfall(gap: Parameters<typeof toNumber>[0]): number {
  const rounded = toNumber(gap);
  return rounded > 0 ? rounded : Number(gap.n) / Number(gap.d);
}

function evaluateRule(rule: Rule, report: GroupPoints, context: EligibilityContext): RuleResult {
  if (rule.kind === 'priorPredicate') {
    const passed = context.heldPredicates.includes(rule.requires);
    return {
      id: rule.id,
      label: rule.label,
      kind: rule.kind,
      value: passed ? 1 : 0,
      threshold: 1,
      passed,
      gap: passed ? 0 : 1,
    };
  }
  // Exact: a value mathematically equal to the threshold passes (decision 0033).
  const { score, percent } = exactScoreOfGroups(report, rule.nodes);
  const value = rule.kind === 'minScore' ? score : percent;
  const threshold = exactOf(rule.min);
  const passed = compare(value, threshold) >= 0;
  return {
    id: rule.id,
    label: rule.label,
    kind: rule.kind,
    value: toNumber(value),
    threshold: rule.min,
    passed,
    gap: passed ? 0 : shortfall(sub(threshold, value)),
  };
}

/** For each target (WBK, WBBM): every rule with its value, threshold, verdict and gap. */
export function checkEligibility(
  framework: Framework,
  report: GroupPoints,
  context: EligibilityContext,
): TargetResult[] {
  return framework.targets.map((target) => {
    const rules = target.rules.map((rule) => evaluateRule(rule, report, context));
    return { target: target.id, label: target.label, eligible: rules.every((rule) => rule.passed), rules };
  });
}

/**
 * The predicate a unit is assessed for: the highest target whose prior predicates it holds (WBBM
 * once it holds WBK, WBK before), as a workbook's summaries judge one target at a time.
 */
export function targetSought(framework: Framework, context: EligibilityContext): TargetId {
  const open = framework.targets.filter((target) =>
    target.rules.every(
      (rule) => rule.kind !== 'priorPredicate' || context.heldPredicates.includes(rule.requires),
    ),
  );
  const sought = open.at(-1) ?? framework.targets[0];
  if (!sought) throw new Error(`${framework.code} has no targets`);
  return sought.id;
}
