/**
 * Answer sets that put an eligibility rule exactly on its threshold, and a hair above and below it,
 * through sums of thirds, sevenths and other repeating ratios: found with the independent
 * calculation's own rationals (independent-score.ts), never with the engine.
 */
import type { GroupNode, QuestionNode, TargetId } from '../framework.js';
import {
  asDecimal,
  background,
  cmp,
  dec,
  framework,
  groupsByCode,
  int,
  minus,
  over,
  plus,
  type Q,
  q,
  questionsByCode,
  questionsUnder,
  ratioOf,
  ruleValue,
  type ScoreRule,
  times,
  types,
  type Values,
} from './independent-score.js';

/** A formula question whose ratio can be set to any rational p/d: which counts to write. */
function ratioSetter(node: QuestionNode): ((p: bigint, d: bigint) => Values) | null {
  const formula = framework.formulas[node.code];
  if (!formula) return null;
  const top = Object.entries(formula.numerator);
  const bottom = Object.entries(formula.denominator);
  const [total, factor] = bottom[0] ?? [];
  if (bottom.length !== 1 || factor !== 1 || !total) return null;
  const others = top.filter(([code]) => code !== total);
  // done / total, or (total − rest) / total.
  if (top.length === 1 && others.length === 1 && others[0]?.[1] === 1) {
    const done = others[0][0];
    return (p, d) => ({ [done]: Number(p), [total]: Number(d) });
  }
  if (top.length === 2 && formula.numerator[total] === 1 && others.length === 1 && others[0]?.[1] === -1) {
    const rest = others[0][0];
    return (p, d) => ({ [rest]: Number(d - p), [total]: Number(d) });
  }
  return null;
}

export type Case = { values: Values; where: 'at' | 'above' | 'below' };

/** Answer sets that put the rule exactly on its threshold, and a hair above and below it. */
export function casesFor(rule: ScoreRule, start: Values): Case[] {
  let values = start;
  const threshold = dec(rule.min);
  const cases: Case[] = [];
  for (const node of questionsUnder(rule.nodes)) {
    const { group } = questionsByCode.get(node.code) as { group: GroupNode };
    const ratio = ratioSetter(node);
    const range = numberRange(node);
    if (!ratio && !range) continue;
    // The rule's value moves linearly with this question's ratio: solve for the ratio that hits it.
    const current = ratioOf(node, values);
    if (current === null || current === 'unanswered') continue;
    const applicable = group.children.filter(
      (child) => ratioOf(child as QuestionNode, values) !== null,
    ).length;
    const weights = rule.nodes.reduce(
      (sum, code) => plus(sum, dec((groupsByCode.get(code) as GroupNode).weight)),
      int(0),
    );
    let slope = over(dec(group.weight), int(applicable));
    if (rule.kind === 'minPercentOfWeight') slope = times(over(slope, weights), int(100));
    const needed = plus(current, over(minus(threshold, ruleValue(rule, values)), slope));
    const set = (target: Q): Values | null => {
      if (cmp(target, int(0)) < 0 || cmp(target, int(1)) > 0) return null;
      if (ratio) return { ...values, ...ratio(target[0], target[1]) };
      const value = asDecimal(times(target, dec(range?.scale ?? 1)));
      return value === null ? null : { ...values, [node.code]: value };
    };
    if (cmp(needed, int(0)) < 0 || cmp(needed, int(1)) > 0) {
      // Out of this question's reach: take it as far as it goes (in sevenths) and move on.
      values = set(cmp(needed, int(0)) < 0 ? q(0n, 7n) : q(7n, 7n)) ?? values;
      continue;
    }
    // A hair: one part in 7,000 of the ratio, itself a repeating step.
    const hair = ratio ? q(1n, 7000n * needed[1]) : q(1n, 10n ** 6n);
    for (const [where, target] of [
      ['at', needed],
      ['above', plus(needed, hair)],
      ['below', minus(needed, hair)],
    ] as const) {
      const changed = set(target);
      if (changed) cases.push({ values: changed, where });
    }
    if (cases.some((found) => found.where === 'at')) return cases;
  }
  return cases;
}

/** Whether the rule holds a count or number question to solve for. */
export const solvable = (rule: ScoreRule) =>
  questionsUnder(rule.nodes).some((node) => ratioSetter(node) || numberRange(node));

/** The range of a question answered with a number (a survey), not scored from counts. */
function numberRange(node: QuestionNode) {
  return framework.formulas[node.code] ? undefined : types.get(node.answerType)?.range;
}

/** Choice questions only (no count, no number to solve for): every combination of four of them. */
export function choiceCases(rule: ScoreRule, values: Values): Case[] {
  const threshold = dec(rule.min);
  const picked = new Map<string, QuestionNode>();
  for (const node of questionsUnder(rule.nodes)) {
    const group = questionsByCode.get(node.code)?.group.code as string;
    const options = types.get(node.answerType)?.options?.length ?? 0;
    const held = picked.get(group);
    if (options > 0 && (!held || options > (types.get(held.answerType)?.options?.length ?? 0)))
      picked.set(group, node);
  }
  const chosen = [...picked.values()]
    .sort(
      (a, b) =>
        (types.get(b.answerType)?.options?.length ?? 0) - (types.get(a.answerType)?.options?.length ?? 0),
    )
    .slice(0, 4);
  let combinations: Values[] = [values];
  for (const node of chosen) {
    const options = types.get(node.answerType)?.options ?? [];
    combinations = combinations.flatMap((base) =>
      options.map((option) => ({ ...base, [node.code]: option.value })),
    );
  }
  const found = combinations.map((changed): Case => {
    const side = cmp(ruleValue(rule, changed), threshold);
    return { values: changed, where: side === 0 ? 'at' : side > 0 ? 'above' : 'below' };
  });
  return nearest(found, rule);
}

/** The cases at the threshold, and the nearest above and below it. */
function nearest(found: Case[], rule: ScoreRule): Case[] {
  const distance = (candidate: Case) => minus(ruleValue(rule, candidate.values), dec(rule.min));
  const closest = (where: Case['where'], better: number) =>
    found
      .filter((candidate) => candidate.where === where)
      .reduce<Case | null>(
        (best, candidate) => (best && cmp(distance(candidate), distance(best)) !== better ? best : candidate),
        null,
      );
  return [
    ...found.filter((candidate) => candidate.where === 'at'),
    closest('above', -1),
    closest('below', 1),
  ].filter((candidate): candidate is Case => candidate !== null);
}

export const scoreRules: Array<{ target: TargetId; rule: ScoreRule }> = framework.targets.flatMap((target) =>
  target.rules
    .filter((rule): rule is ScoreRule => rule.kind !== 'priorPredicate')
    .map((rule) => ({ target: target.id, rule })),
);

/** The first answer sets found at, just above and just below a rule's threshold, seed by seed. */
export function boundaryCases(rule: ScoreRule, seeds = 60): Case[] {
  const found = new Map<Case['where'], Case>();
  for (let seed = 1; seed <= seeds && found.size < 3; seed += 1) {
    const values = background(seed);
    for (const candidate of solvable(rule) ? casesFor(rule, values) : choiceCases(rule, values)) {
      if (!found.has(candidate.where)) found.set(candidate.where, candidate);
    }
  }
  return [...found.values()];
}
