import { add, compare, exactOf, ZERO } from './exact.js';
import type { CountLimit, Framework } from './framework.js';
import type { Answers, AnswerValue } from './score.js';

/** The longest note an answer keeps, in characters: the API refuses more, the portal warns first. */
export const NOTE_MAX_LENGTH = 4000;

/** Why a value is refused; stable, for the API's `reason` and the portal's wording. */
export type AnswerRefusal =
  | 'UNKNOWN_CODE'
  | 'SCORED_FROM_COUNTS'
  | 'NOT_AN_OPTION'
  | 'OUT_OF_RANGE'
  | 'TAKES_NO_ANSWER'
  | 'INVALID_COUNT'
  | 'COUNT_EXCEEDS_TOTAL'
  | 'BREAKDOWN_MISMATCH';

export interface AnswerProblem {
  /** The question or count the refusal is about: the field to show it at. */
  code: string;
  reason: AnswerRefusal;
  message: string;
  /** The other counts of an impossible combination, e.g. the total a part exceeds. */
  related?: string[];
}

/** The largest count accepted: far above any unit's, small enough to stay exact everywhere. */
export const COUNT_MAX = 1_000_000_000;

/**
 * Checks one value against what its question or count input accepts. Returns the problem, naming
 * the code and what is allowed, or null when the value is fine. `null` clears an answer.
 */
export function validateAnswer(
  framework: Framework,
  code: string,
  value: AnswerValue | null,
): AnswerProblem | null {
  const problem = (reason: AnswerRefusal, message: string): AnswerProblem => ({
    code,
    reason,
    message: `${code}: ${message}`,
  });
  if (framework.counts.has(code)) {
    if (value === null) return null;
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= COUNT_MAX
      ? null
      : problem(
          'INVALID_COUNT',
          `a count must be a whole number of 0 or more (got ${JSON.stringify(value)})`,
        );
  }
  const entry = framework.questions.get(code);
  if (!entry) return problem('UNKNOWN_CODE', `no such question or count in ${framework.code}`);
  // Null holds just a note, which a question scored from its counts may carry too.
  if (value === null) return null;
  if (entry.formula)
    return problem('SCORED_FROM_COUNTS', 'this question is scored from its counts; answer those instead');
  const { options, range } = entry.answerType;
  if (options) {
    return options.some((option) => option.value === value)
      ? null
      : problem(
          'NOT_AN_OPTION',
          `must be one of ${options.map((option) => option.value).join(', ')} (got ${JSON.stringify(value)})`,
        );
  }
  if (range) {
    return typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max
      ? null
      : problem(
          'OUT_OF_RANGE',
          `must be a number from ${range.min} to ${range.max} (got ${JSON.stringify(value)})`,
        );
  }
  return problem('TAKES_NO_ANSWER', 'this question takes no answer');
}

const countOf = (answers: Answers, code: string) => {
  const value = answers[code];
  return typeof value === 'number' ? value : undefined;
};

function checkLimit(
  limit: CountLimit,
  answers: Answers,
  changed: ReadonlySet<string> | null,
): AnswerProblem | null {
  const total = countOf(answers, limit.total);
  if (total === undefined) return null;
  const given = limit.parts.filter((code) => countOf(answers, code) !== undefined);
  if (given.length === 0) return null;
  const parts = given.reduce((sum, code) => add(sum, exactOf(countOf(answers, code) as number)), ZERO);
  const comparison = compare(parts, exactOf(total));
  const names = given.join(' + ');
  // The refusal sits at the count the person just changed, else at the first part.
  const at = limit.parts.find((code) => changed?.has(code)) ?? (given[0] as string);
  if (comparison > 0) {
    return {
      code: at,
      reason: 'COUNT_EXCEEDS_TOTAL',
      message: `${at}: ${names} (${parts.n}) is more than ${limit.total} (${total})`,
      related: [limit.total, ...limit.parts.filter((code) => code !== at)],
    };
  }
  if (limit.kind === 'breakdown' && comparison < 0 && given.length === limit.parts.length) {
    const code =
      changed?.has(limit.total) || !limit.parts.some((part) => changed?.has(part)) ? limit.total : at;
    return {
      code,
      reason: 'BREAKDOWN_MISMATCH',
      message: `${code}: ${limit.parts.join(' + ')} (${parts.n}) must add up to ${limit.total} (${total})`,
      related: [limit.total, ...limit.parts].filter((other) => other !== code),
    };
  }
  return null;
}

/**
 * Checks the counts of a whole answer layer against each formula's limits (a part never more than
 * its total; a breakdown adds up to its total): call it with the answers as they will be after a
 * batch, so that a batch setting a part and its total together is judged on both. With `changed`,
 * only limits touching those codes are checked, so a batch is never refused for counts it left alone.
 */
export function validateCounts(
  framework: Framework,
  answers: Answers,
  changed?: Iterable<string>,
): AnswerProblem[] {
  const touched = changed ? new Set(changed) : null;
  const problems: AnswerProblem[] = [];
  for (const formula of Object.values(framework.formulas)) {
    for (const limit of formula.limits ?? []) {
      const codes = [limit.total, ...limit.parts];
      if (touched && !codes.some((code) => touched.has(code))) continue;
      const problem = checkLimit(limit, answers, touched);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
