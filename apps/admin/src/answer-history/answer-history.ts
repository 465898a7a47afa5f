import type { AnswerChangeItemFragment } from '@zi/schema/admin';
import type { Locale } from '@zi/ui';
import { answerText } from '../worksheet/format';
import type { LkeQuestion } from '../worksheet/types';

export type AnswerChange = AnswerChangeItemFragment;
type Snapshot = AnswerChange['before'];

/** What something was and what it became; null for empty. */
export interface BeforeAfter {
  before: string | null;
  after: string | null;
}

/** An answer change as it reads: the part of the question changed, its value and its note. */
export interface AnswerChangeText {
  /** The count input changed, by its text; null for the question's own answer. */
  part: string | null;
  /** As the sheet shows it ("B", "Ya", "3,6"); null when only the note changed. */
  value: BeforeAfter | null;
  /** Null when the note stayed as it was. */
  note: BeforeAfter | null;
}

const sameValue = (a: Snapshot, b: Snapshot) =>
  (a?.option ?? null) === (b?.option ?? null) && (a?.number ?? null) === (b?.number ?? null);

export function answerChangeText(
  change: AnswerChange,
  question: LkeQuestion,
  locale: Locale,
): AnswerChangeText {
  const { before, after } = change;
  const valueChanged = !sameValue(before, after);
  const noteChanged = (before?.note ?? null) !== (after?.note ?? null);
  return {
    part: question.counts.find((count) => count.code === change.code)?.text ?? null,
    // A save that changed neither still says what the answer was.
    value:
      valueChanged || !noteChanged
        ? { before: answerText(question, before, locale), after: answerText(question, after, locale) }
        : null,
    note: noteChanged ? { before: before?.note ?? null, after: after?.note ?? null } : null,
  };
}
