import { add, div, type Exact, exactOf, HUNDRED, mul, parseExact, toNumber, ZERO } from './exact.js';
import type { Framework } from './framework.js';
import type { GroupScore } from './score.js';

/**
 * What areas and eligibility read of a report: each group's points and weight, and the points
 * exactly where known (a report from `scoreAnswers` always has them; decision 0033).
 */
export interface GroupPoints {
  groups: Readonly<Record<string, Pick<GroupScore, 'score' | 'weight'> & { exact?: string }>>;
}

export interface AreaScore {
  id: string;
  label: string;
  score: number;
  weight: number;
  /** The score as a percentage of the weight. */
  percent: number;
}

/** Several groups scored together, exactly: their points, their weight, and the points as % of weight. */
export function exactScoreOfGroups(report: GroupPoints, codes: readonly string[]) {
  let score: Exact = ZERO;
  let weight: Exact = ZERO;
  for (const code of codes) {
    const group = report.groups[code];
    if (!group) continue;
    // Points stored before exact scores were kept are read as the decimal they were stored as.
    score = add(score, (group.exact && parseExact(group.exact)) || exactOf(group.score));
    weight = add(weight, exactOf(group.weight));
  }
  const percent = weight.n > 0n ? mul(div(score, weight), HUNDRED) : ZERO;
  return { score, weight, percent };
}

/** Several groups scored together: their points, their weight, and the points as % of weight. */
export function scoreOfGroups(report: GroupPoints, codes: readonly string[]) {
  const { score, weight, percent } = exactScoreOfGroups(report, codes);
  return { score: toNumber(score), weight: toNumber(weight), percent: toNumber(percent) };
}

/** Each change area of the framework, as dashboards compare units by it. */
export function areaScores(framework: Framework, report: GroupPoints): AreaScore[] {
  return framework.areas.map((area) => ({
    id: area.id,
    label: area.label,
    ...scoreOfGroups(report, area.nodes),
  }));
}
