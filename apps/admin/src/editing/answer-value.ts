import { NOTE_MAX_LENGTH } from '@zi/lke';
import type { AnswerInput } from '@zi/schema/admin';
import type { AnswerValue } from '../worksheet/types';

export const EMPTY_ANSWER: AnswerValue = { option: null, number: null, note: null };

export function answerValueOf(answer: AnswerValue | null | undefined): AnswerValue {
  return answer ? { option: answer.option, number: answer.number, note: answer.note } : EMPTY_ANSWER;
}

/** A note as the API keeps it: trimmed, and none when blank. */
export function savedNote(note: string | null): string | null {
  return note?.trim() || null;
}

/** Whether a note is longer than the API keeps, counted in characters as its validator does. */
export function noteTooLong(note: string | null): boolean {
  return [...(savedNote(note) ?? '')].length > NOTE_MAX_LENGTH;
}

export function sameAnswer(a: AnswerValue | null | undefined, b: AnswerValue | null | undefined): boolean {
  const left = answerValueOf(a);
  const right = answerValueOf(b);
  return (
    left.option === right.option &&
    left.number === right.number &&
    savedNote(left.note) === savedNote(right.note)
  );
}

/** The value the scoring engine reads: the option or the number, null when unanswered. */
export function scoredValue(answer: AnswerValue | null | undefined): string | number | null {
  return answer?.option ?? answer?.number ?? null;
}

export function answerInput(code: string, value: AnswerValue, version: number): AnswerInput {
  return { code, option: value.option, number: value.number, note: savedNote(value.note), version };
}

/**
 * A number as people type it here: "3,6" or "3.6"; null for an empty field, NaN when it is not a
 * number at all. Thousands separators are not expected in these small counts and scores.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d*([.,]\d*)?$/.test(trimmed) || !/\d/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}
