import type { LayerIndex } from '../worksheet/layer-index';
import type { AnswerValue, LkeQuestion } from '../worksheet/types';
import { EMPTY_ANSWER, scoredValue } from './answer-value';

export type AnswerKind = 'choice' | 'counts' | 'number';

/** How a question is answered: an option, the counts of its formula, or a number (a survey). */
export function answerKind(question: Pick<LkeQuestion, 'options' | 'counts'>): AnswerKind {
  if (question.counts.length > 0) return 'counts';
  return question.options.length > 0 ? 'choice' : 'number';
}

/** The codes that hold a question's answer: its own, or those of its counts. */
export function valueCodes(question: Pick<LkeQuestion, 'code' | 'counts'>): string[] {
  return question.counts.length > 0 ? question.counts.map((count) => count.code) : [question.code];
}

/**
 * Where a question's note is kept. A question scored from counts takes no answer of its own (the
 * API refuses even a bare note on it), so its note rides on its first count.
 */
export function noteCode(question: Pick<LkeQuestion, 'code' | 'counts'>): string {
  return question.counts[0]?.code ?? question.code;
}

/** Whether the unit answered the question at all (every count, for a formula). */
export function referenceAnswered(question: LkeQuestion, unit: LayerIndex): boolean {
  return valueCodes(question).every((code) => scoredValue(unit.answers.get(code)) !== null);
}

/** Whether this layer's answer is the unit's answer already. */
export function sameAsReference(
  question: LkeQuestion,
  unit: LayerIndex,
  answerOf: (code: string) => AnswerValue | null,
): boolean {
  return valueCodes(question).every(
    (code) => scoredValue(unit.answers.get(code)) === scoredValue(answerOf(code)),
  );
}

/** The edits that take the unit's answer into this layer; this layer's own notes stay. */
export function acceptedEdits(
  question: LkeQuestion,
  unit: LayerIndex,
  answerOf: (code: string) => AnswerValue | null,
): [string, AnswerValue][] {
  return valueCodes(question).map((code) => {
    const theirs = unit.answers.get(code);
    const mine = answerOf(code) ?? EMPTY_ANSWER;
    return [code, { option: theirs?.option ?? null, number: theirs?.number ?? null, note: mine.note }];
  });
}
