import type { Framework } from './framework.js';
import type { AnswerValue } from './score.js';

/** The longest note an answer keeps, in characters: the API refuses more, the portal warns first. */
export const NOTE_MAX_LENGTH = 4000;

export interface AnswerProblem {
  code: string;
  message: string;
}

/**
 * Checks one value against what its question or count input accepts. Returns a message that names
 * the code and what is allowed, or null when the value is fine. `null` clears an answer.
 */
export function validateAnswer(
  framework: Framework,
  code: string,
  value: AnswerValue | null,
): AnswerProblem | null {
  const problem = (message: string) => ({ code, message: `${code}: ${message}` });
  if (framework.counts.has(code)) {
    if (value === null) return null;
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1_000_000_000
      ? null
      : problem(`a count must be a whole number of 0 or more (got ${JSON.stringify(value)})`);
  }
  const entry = framework.questions.get(code);
  if (!entry) return problem(`no such question or count in ${framework.code}`);
  // Null holds just a note, which a question scored from its counts may carry too.
  if (value === null) return null;
  if (entry.formula) return problem('this question is scored from its counts; answer those instead');
  const { options, range } = entry.answerType;
  if (options) {
    return options.some((option) => option.value === value)
      ? null
      : problem(
          `must be one of ${options.map((option) => option.value).join(', ')} (got ${JSON.stringify(value)})`,
        );
  }
  if (range) {
    return typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max
      ? null
      : problem(`must be a number from ${range.min} to ${range.max} (got ${JSON.stringify(value)})`);
  }
  return problem('this question takes no answer');
}
