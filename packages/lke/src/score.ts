import type { Formula, Framework, GroupNode, LinearForm, QuestionEntry } from './framework.js';
import { clean } from './numbers.js';

/** Option values (`"a"`, `"ya"`) for choice questions; numbers for surveys, percentages and counts. */
export type AnswerValue = string | number;

/** One answer layer: question codes and count-input codes to values. */
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

export type QuestionStatus = 'answered' | 'unanswered' | 'notApplicable';

export interface QuestionScore {
  code: string;
  status: QuestionStatus;
  /** Share of the question's part earned, 0..1; 0 when unanswered, null when not applicable. */
  ratio: number | null;
  /** For formula questions: the computed percentage before capping (e.g. 120 when targets were exceeded). */
  percent?: number;
}

export interface GroupScore {
  code: string;
  weight: number;
  score: number;
  /** score / weight × 100. */
  percent: number;
  answered: number;
  questions: number;
  /** Every question below is not applicable: the group earns its full weight (see README). */
  notApplicable: boolean;
}

export interface ScoreReport {
  frameworkCode: string;
  total: number;
  groups: Record<string, GroupScore>;
  questions: Record<string, QuestionScore>;
  unanswered: string[];
}

const evaluate = (form: LinearForm, counts: (code: string) => number | undefined): number | undefined => {
  let sum = 0;
  for (const [code, factor] of Object.entries(form)) {
    const value = counts(code);
    if (value === undefined) return undefined;
    sum += factor * value;
  }
  return sum;
};

function formulaScore(code: string, formula: Formula, answers: Answers): QuestionScore {
  const count = (countCode: string) => {
    const value = answers[countCode];
    return typeof value === 'number' ? value : undefined;
  };
  const numerator = evaluate(formula.numerator, count);
  const denominator = evaluate(formula.denominator, count);
  if (numerator === undefined || denominator === undefined) return { code, status: 'unanswered', ratio: 0 };
  // Nothing to measure against (no complaints, nobody obliged to report): not applicable, unless
  // the numerator shows a change for the worse (violations rising from zero), which earns nothing.
  if (denominator === 0) {
    return numerator < 0
      ? { code, status: 'answered', ratio: 0, percent: 0 }
      : { code, status: 'notApplicable', ratio: null };
  }
  const percent = clean((numerator / denominator) * 100);
  return {
    code,
    status: 'answered',
    ratio: clean(Math.min(1, Math.max(0, numerator / denominator))),
    percent,
  };
}

/** The ratio one answer earns; assumes the value was validated (see `validateAnswer`). */
export function questionScore(entry: QuestionEntry, answers: Answers): QuestionScore {
  const { node, answerType, formula } = entry;
  if (formula) return formulaScore(node.code, formula, answers);
  const value = answers[node.code];
  if (value === undefined || value === null) return { code: node.code, status: 'unanswered', ratio: 0 };
  if (answerType.options) {
    const option = answerType.options.find((candidate) => candidate.value === value);
    return { code: node.code, status: option ? 'answered' : 'unanswered', ratio: option?.ratio ?? 0 };
  }
  const scale = answerType.range?.scale ?? 1;
  return {
    code: node.code,
    status: 'answered',
    ratio: clean(Math.min(1, Math.max(0, Number(value) / scale))),
  };
}

function scoreGroup(
  framework: Framework,
  group: GroupNode,
  answers: Answers,
  report: ScoreReport,
): GroupScore {
  let score = 0;
  let answered = 0;
  let questions = 0;
  let notApplicable = true;
  const subgroups = group.children.filter((child) => child.kind === 'group');
  if (subgroups.length > 0) {
    for (const child of subgroups) {
      const result = scoreGroup(framework, child, answers, report);
      score += result.score;
      answered += result.answered;
      questions += result.questions;
      notApplicable &&= result.notApplicable;
    }
  } else {
    // A sub-area earns the mean ratio of its applicable questions times its weight.
    const applicable: number[] = [];
    for (const child of group.children) {
      if (child.kind !== 'question') continue;
      const entry = framework.questions.get(child.code) as QuestionEntry;
      const result = questionScore(entry, answers);
      report.questions[child.code] = result;
      questions += 1;
      if (result.status !== 'unanswered') answered += 1;
      else report.unanswered.push(child.code);
      if (result.ratio !== null) applicable.push(result.ratio);
    }
    notApplicable = applicable.length === 0;
    score = notApplicable
      ? group.weight
      : (applicable.reduce((a, b) => a + b, 0) / applicable.length) * group.weight;
  }
  const result: GroupScore = {
    code: group.code,
    weight: group.weight,
    score: clean(score),
    percent: clean((score / group.weight) * 100),
    answered,
    questions,
    notApplicable,
  };
  report.groups[group.code] = result;
  return result;
}

/**
 * Scores one answer layer: every question's ratio, every group's score up to the total. The only
 * place a score is computed; the API stores what this returns, the admin previews with it.
 */
export function scoreAnswers(framework: Framework, answers: Answers): ScoreReport {
  const report: ScoreReport = {
    frameworkCode: framework.code,
    total: 0,
    groups: {},
    questions: {},
    unanswered: [],
  };
  report.total = scoreGroup(framework, framework.tree, answers, report).score;
  return report;
}
