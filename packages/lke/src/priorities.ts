import type { TargetResult } from './eligibility.js';
import type { Framework, QuestionEntry } from './framework.js';
import { clean } from './numbers.js';
import type { ScoreReport } from './score.js';

export interface Priority {
  code: string;
  /** The points the question could still add to the total, answered at its best. */
  gain: number;
  ratio: number;
  unanswered: boolean;
  /** Failing rules (as `TARGET/ruleId`) that improving this question moves towards passing. */
  helps: string[];
}

function applicableCount(entry: QuestionEntry, report: ScoreReport): number {
  return entry.group.children.filter((child) => report.questions[child.code]?.ratio !== null).length;
}

function failingRulesHelped(
  entry: QuestionEntry,
  eligibility: readonly TargetResult[],
  framework: Framework,
): string[] {
  const ancestors = new Set(entry.ancestors.map((group) => group.code));
  const helped: string[] = [];
  for (const target of eligibility) {
    const definition = framework.targets.find((candidate) => candidate.id === target.target);
    for (const result of target.rules) {
      const rule = definition?.rules.find((candidate) => candidate.id === result.id);
      if (
        !result.passed &&
        rule &&
        rule.kind !== 'priorPredicate' &&
        rule.nodes.some((code) => ancestors.has(code))
      ) {
        helped.push(`${target.target}/${rule.id}`);
      }
    }
  }
  return helped;
}

/**
 * Where the next point comes from: every question that can still add to the score, the ones that
 * help a failing rule first, then by the points they could add.
 */
export function whatToFixFirst(
  framework: Framework,
  report: ScoreReport,
  eligibility: readonly TargetResult[] = [],
): Priority[] {
  const priorities: Priority[] = [];
  for (const entry of framework.questions.values()) {
    const score = report.questions[entry.node.code];
    if (!score || score.ratio === null || score.ratio >= 1) continue;
    const share = entry.group.weight / applicableCount(entry, report);
    priorities.push({
      code: entry.node.code,
      gain: clean((1 - score.ratio) * share),
      ratio: score.ratio,
      unanswered: score.status === 'unanswered',
      helps: failingRulesHelped(entry, eligibility, framework),
    });
  }
  return priorities.sort(
    (a, b) =>
      Number(b.helps.length > 0) - Number(a.helps.length > 0) ||
      b.gain - a.gain ||
      a.code.localeCompare(b.code),
  );
}
