import {
  add,
  clamp,
  compare,
  div,
  type Exact,
  exactOf,
  formatExact,
  HUNDRED,
  mul,
  ONE,
  sum,
  toNumber,
  ZERO,
} from './exact.js';
import type {
  Formula,
  Framework,
  GroupNode,
  LinearForm,
  QuestionEntry,
  ZeroDenominatorRule,
} from './framework.js';

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
  /** For formula questions whose denominator was zero: the framework's rule that decided the score. */
  zeroDenominator?: ZeroDenominatorRule;
}

export interface GroupScore {
  code: string;
  weight: number;
  /** The points, to ten decimal places. */
  score: number;
  /** score / weight × 100. */
  percent: number;
  /** The points exactly, as "numerator/denominator": what thresholds are compared with (decision 0033). */
  exact: string;
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

/** A question's result with its ratio exact, for the group sums. */
interface ExactQuestionScore {
  score: QuestionScore;
  ratio: Exact | null;
}

const evaluate = (form: LinearForm, counts: (code: string) => number | undefined): Exact | undefined => {
  let total = ZERO;
  for (const [code, factor] of Object.entries(form)) {
    const value = counts(code);
    if (value === undefined) return undefined;
    total = add(total, mul(exactOf(factor), exactOf(value)));
  }
  return total;
};

const answered = (code: string, ratio: Exact, extra: Partial<QuestionScore> = {}): ExactQuestionScore => ({
  score: { code, status: 'answered', ratio: toNumber(ratio), ...extra },
  ratio,
});

const unanswered = (code: string): ExactQuestionScore => ({
  score: { code, status: 'unanswered', ratio: 0 },
  ratio: ZERO,
});

function formulaScore(code: string, formula: Formula, answers: Answers): ExactQuestionScore {
  const count = (countCode: string) => {
    const value = answers[countCode];
    return typeof value === 'number' ? value : undefined;
  };
  const numerator = evaluate(formula.numerator, count);
  const denominator = evaluate(formula.denominator, count);
  if (numerator === undefined || denominator === undefined) return unanswered(code);
  if (compare(denominator, ZERO) === 0) {
    const zeroDenominator = formula.zeroDenominator;
    // Nothing to handle is not applicable, unless the numerator shows a change for the worse
    // (violations rising from zero), which earns nothing.
    if (zeroDenominator === 'NOT_APPLICABLE' && compare(numerator, ZERO) >= 0) {
      return { score: { code, status: 'notApplicable', ratio: null, zeroDenominator }, ratio: null };
    }
    return answered(code, ZERO, { percent: 0, zeroDenominator });
  }
  const ratio = div(numerator, denominator);
  return answered(code, clamp(ratio, ZERO, ONE), { percent: toNumber(mul(ratio, HUNDRED)) });
}

function exactQuestionScore(entry: QuestionEntry, answers: Answers): ExactQuestionScore {
  const { node, answerType, formula } = entry;
  if (formula) return formulaScore(node.code, formula, answers);
  const value = answers[node.code];
  if (value === undefined || value === null) return unanswered(node.code);
  if (answerType.options) {
    const option = answerType.options.find((candidate) => candidate.value === value);
    return option ? answered(node.code, exactOf(option.ratio)) : unanswered(node.code);
  }
  const number = Number(value);
  if (!Number.isFinite(number)) return unanswered(node.code);
  const scale = exactOf(answerType.range?.scale ?? 1);
  return answered(node.code, clamp(div(exactOf(number), scale), ZERO, ONE));
}

/** The ratio one answer earns; assumes the value was validated (see `validateAnswer`). */
export function questionScore(entry: QuestionEntry, answers: Answers): QuestionScore {
  return exactQuestionScore(entry, answers).score;
}

function scoreGroup(framework: Framework, group: GroupNode, answers: Answers, report: ScoreReport): Exact {
  let score = ZERO;
  let answeredCount = 0;
  let questions = 0;
  let notApplicable = true;
  const weight = exactOf(group.weight);
  const subgroups = group.children.filter((child) => child.kind === 'group');
  if (subgroups.length > 0) {
    for (const child of subgroups) {
      score = add(score, scoreGroup(framework, child, answers, report));
      const result = report.groups[child.code] as GroupScore;
      answeredCount += result.answered;
      questions += result.questions;
      notApplicable &&= result.notApplicable;
    }
  } else {
    // A sub-area earns the mean ratio of its applicable questions times its weight.
    const applicable: Exact[] = [];
    for (const child of group.children) {
      if (child.kind !== 'question') continue;
      const entry = framework.questions.get(child.code) as QuestionEntry;
      const result = exactQuestionScore(entry, answers);
      report.questions[child.code] = result.score;
      questions += 1;
      if (result.score.status !== 'unanswered') answeredCount += 1;
      else report.unanswered.push(child.code);
      if (result.ratio !== null) applicable.push(result.ratio);
    }
    notApplicable = applicable.length === 0;
    score = notApplicable ? weight : mul(div(sum(applicable), exactOf(applicable.length)), weight);
  }
  report.groups[group.code] = {
    code: group.code,
    weight: group.weight,
    score: toNumber(score),
    percent: toNumber(mul(div(score, weight), HUNDRED)),
    exact: formatExact(score),
    answered: answeredCount,
    questions,
    notApplicable,
  };
  return score;
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
  report.total = toNumber(scoreGroup(framework, framework.tree, answers, report));
  return report;
}
