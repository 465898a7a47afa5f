/**
 * A score written apart from the engine, for tests to judge it by: its own tiny rationals and its
 * own walk of the framework's data (tree, option ratios, formulas, thresholds). Decision 0033.
 */
import type { GroupNode, QuestionNode, Rule } from '../framework.js';
import { requireFramework } from '../frameworks/index.js';

export const framework = requireFramework('permenpanrb-90-2021');

// ---- An independent rational: [numerator, denominator], denominator > 0, lowest terms. ----
export type Q = readonly [bigint, bigint];
const gcdOf = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcdOf(b, a % b));
export const q = (p: bigint, r: bigint): Q => {
  const g = gcdOf(p, r) * (r < 0n ? -1n : 1n);
  return [p / g, r / g];
};
export const plus = (a: Q, b: Q) => q(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
export const minus = (a: Q, b: Q) => q(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
export const times = (a: Q, b: Q) => q(a[0] * b[0], a[1] * b[1]);
export const over = (a: Q, b: Q) => q(a[0] * b[1], a[1] * b[0]);
const sign = (a: Q) => (a[0] > 0n ? 1 : a[0] < 0n ? -1 : 0);
export const cmp = (a: Q, b: Q) => sign(minus(a, b));
export const int = (n: number | bigint): Q => [BigInt(n), 1n];
/** A decimal as written: "17.5" → 35/2. */
export function dec(value: number): Q {
  const [whole, fraction = ''] = String(value).split('.');
  return q(BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length));
}
const within = (a: Q) => (cmp(a, int(0)) < 0 ? int(0) : cmp(a, int(1)) > 0 ? int(1) : a);
/** A rational whose denominator has only 2s and 5s, written as a decimal number. */
export function asDecimal(a: Q): number | null {
  let d = a[1];
  let places = 0;
  while (d % 10n === 0n || d % 2n === 0n || d % 5n === 0n) {
    if (d % 10n === 0n) d /= 10n;
    else if (d % 2n === 0n) d /= 2n;
    else d /= 5n;
    places += 1;
  }
  if (d !== 1n || places > 12) return null;
  return Number(a[0]) / Number(a[1]);
}

// ---- An independent score: the sheet's arithmetic on the framework's data. ----
export type Values = Record<string, string | number>;
export const types = new Map(framework.answerTypes.map((type) => [type.id, type]));

export function ratioOf(node: QuestionNode, values: Values): Q | null | 'unanswered' {
  const formula = framework.formulas[node.code];
  if (formula) {
    const total = (form: Record<string, number>) => {
      let sum = int(0);
      for (const [code, factor] of Object.entries(form)) {
        const value = values[code];
        if (typeof value !== 'number') return null;
        sum = plus(sum, times(dec(factor), int(value)));
      }
      return sum;
    };
    const top = total(formula.numerator);
    const bottom = total(formula.denominator);
    if (!top || !bottom) return int(0);
    if (sign(bottom) === 0)
      return formula.zeroDenominator === 'NOT_APPLICABLE' && sign(top) >= 0 ? null : int(0);
    return within(over(top, bottom));
  }
  const value = values[node.code];
  if (value === undefined) return int(0);
  const type = types.get(node.answerType);
  const option = type?.options?.find((candidate) => candidate.value === value);
  if (option) return dec(option.ratio);
  return within(over(dec(value as number), dec(type?.range?.scale ?? 1)));
}

export function points(group: GroupNode, values: Values): Q {
  const subgroups = group.children.filter((child): child is GroupNode => child.kind === 'group');
  if (subgroups.length > 0) return subgroups.reduce((sum, child) => plus(sum, points(child, values)), int(0));
  const ratios = group.children
    .map((child) => ratioOf(child as QuestionNode, values))
    .filter((ratio): ratio is Q => ratio !== null && ratio !== 'unanswered');
  if (ratios.length === 0) return dec(group.weight);
  return times(over(ratios.reduce(plus, int(0)), int(ratios.length)), dec(group.weight));
}

export const groupsByCode = new Map<string, GroupNode>();
export const questionsByCode = new Map<string, { node: QuestionNode; group: GroupNode }>();
(function index(group: GroupNode) {
  groupsByCode.set(group.code, group);
  for (const child of group.children) {
    if (child.kind === 'group') index(child);
    else questionsByCode.set(child.code, { node: child, group });
  }
})(framework.tree);

export type ScoreRule = Extract<Rule, { nodes: string[] }>;
export function ruleValue(rule: ScoreRule, values: Values): Q {
  const nodes = rule.nodes.map((code) => groupsByCode.get(code) as GroupNode);
  const score = nodes.reduce((sum, node) => plus(sum, points(node, values)), int(0));
  if (rule.kind === 'minScore') return score;
  const weight = nodes.reduce((sum, node) => plus(sum, dec(node.weight)), int(0));
  return times(over(score, weight), int(100));
}

export function questionsUnder(codes: readonly string[]): QuestionNode[] {
  const found: QuestionNode[] = [];
  const walk = (group: GroupNode) => {
    for (const child of group.children) {
      if (child.kind === 'group') walk(child);
      else found.push(child);
    }
  };
  for (const code of codes) walk(groupsByCode.get(code) as GroupNode);
  return found;
}

// ---- Seeded answer sets with repeating ratios everywhere. ----
export function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export const REPEATING = [3, 6, 7, 9, 11, 13, 21];

export function background(seed: number): Values {
  const random = generator(seed);
  // Seeds sweep the overall level from middling to excellent, so every threshold is within reach.
  const quality = 0.5 + ((seed * 7) % 50) / 100;
  const values: Values = {};
  for (const { node } of questionsByCode.values()) {
    const formula = framework.formulas[node.code];
    const type = types.get(node.answerType);
    if (formula) {
      const denominator = REPEATING[Math.floor(random() * REPEATING.length)] as number;
      for (const count of node.counts ?? []) values[count.code] = 0;
      for (const code of Object.keys(formula.denominator)) values[code] = denominator;
      for (const [code, factor] of Object.entries(formula.numerator)) {
        if (code in formula.denominator) continue;
        const share = Math.min(denominator, Math.round(denominator * (quality + (random() - 0.5) * 0.4)));
        values[code] = factor > 0 ? share : denominator - share;
      }
    } else if (type?.options) {
      const best = Math.floor((1 - Math.min(1, quality + (random() - 0.5) * 0.6)) * type.options.length);
      values[node.code] = (type.options[Math.min(best, type.options.length - 1)] as { value: string }).value;
    } else if (type?.range) {
      values[node.code] = Math.round(type.range.max * quality * 100) / 100;
    }
  }
  return values;
}
