import type { Random } from '@zi/api/dist/db/seed/random.js';
import { DEFAULT_FRAMEWORK_CODE, requireFramework } from '@zi/lke';

export type AnswerValue = string | number;

const framework = requireFramework(DEFAULT_FRAMEWORK_CODE);

/**
 * What an operator types into: every question answered directly. Count inputs are left out: a
 * random count breaks its limits (a part over its total), which the API refuses by design, and the
 * soak measures saves, not the refusal of impossible input.
 */
export const EDITABLE_CODES: readonly string[] = [...framework.questions.values()]
  .filter((entry) => !entry.formula)
  .map((entry) => entry.node.code);

/** A value the question accepts, as a person would pick one. */
export function randomValue(code: string, random: Random): AnswerValue {
  const entry = framework.questions.get(code);
  if (!entry) throw new Error(`${code} is not a question operators answer directly`);
  const { options, range } = entry.answerType;
  if (options) return random.pick(options).value;
  const { min, max } = range ?? { min: 0, max: 0 };
  return Math.round((min + random.next() * (max - min)) * 100) / 100;
}

/** The answer input the admin API takes for a value. */
export const answerInput = (code: string, value: AnswerValue, version: number) =>
  typeof value === 'string' ? { code, option: value, version } : { code, number: value, version };

/** `count` distinct codes an operator edits in one autosave. */
export function codesToEdit(count: number, random: Random): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(random.pick(EDITABLE_CODES));
  return [...codes];
}
