import type { Framework } from './framework.js';
import { clean } from './numbers.js';
import type { GroupScore } from './score.js';

/** What areas and eligibility read of a report: each group's points and weight. */
export interface GroupPoints {
  groups: Readonly<Record<string, Pick<GroupScore, 'score' | 'weight'>>>;
}

export interface AreaScore {
  id: string;
  label: string;
  score: number;
  weight: number;
  /** The score as a percentage of the weight. */
  percent: number;
}

/** Several groups scored together: their points, their weight, and the points as % of weight. */
export function scoreOfGroups(report: GroupPoints, codes: readonly string[]) {
  const groups = codes.map((code) => report.groups[code]);
  const score = groups.reduce((sum, group) => sum + (group?.score ?? 0), 0);
  const weight = groups.reduce((sum, group) => sum + (group?.weight ?? 0), 0);
  return {
    score: clean(score),
    weight: clean(weight),
    percent: weight > 0 ? clean((score / weight) * 100) : 0,
  };
}

/** Each change area of the framework, as dashboards compare units by it. */
export function areaScores(framework: Framework, report: GroupPoints): AreaScore[] {
  return framework.areas.map((area) => ({
    id: area.id,
    label: area.label,
    ...scoreOfGroups(report, area.nodes),
  }));
}
