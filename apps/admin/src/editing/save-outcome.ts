import { CombinedGraphQLErrors } from '@apollo/client';
import type { AnswerInput, SetAnswersMutation } from '@zi/schema/admin';
import { refusalOf } from '../api-errors';
import type { ConflictReport } from './autosave';
import type { SaveOutcome } from './autosave-controller';

type Extensions = Record<string, unknown>;

export const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * How a mutation that saves a batch names what it refused: the input list the batch went in
 * (`answers`, `cells`), and what a CONFLICT says of the item saved since.
 */
export interface BatchRefusals {
  list: string;
  conflict: (extensions: Extensions) => ConflictReport;
}

/** `setAnswers`: a conflict names the question and its saved value. */
export const ANSWER_REFUSALS: BatchRefusals = {
  list: 'answers',
  conflict: (extensions) => {
    const value = extensions.currentValue;
    return {
      code: stringOrNull(extensions.questionCode) ?? '',
      version: typeof extensions.currentVersion === 'number' ? extensions.currentVersion : 0,
      theirs: {
        option: typeof value === 'string' ? value : null,
        number: typeof value === 'number' ? value : null,
        note: stringOrNull(extensions.currentNote),
      },
    };
  },
};

/**
 * The item a refused input path (`answers.0.note`) points at in the batch sent; null when the path
 * names no item of it.
 */
export function codeAtPath(
  field: unknown,
  batch: readonly Pick<AnswerInput, 'code'>[],
  list = ANSWER_REFUSALS.list,
): string | null {
  const path = typeof field === 'string' ? field.split('.') : [];
  const index = path[0] === list && /^\d+$/.test(path[1] ?? '') ? Number(path[1]) : null;
  return index === null ? null : (batch[index]?.code ?? null);
}

/** What a batch's answer from the API means for autosave. */
export function savedOutcome(data: SetAnswersMutation | null | undefined): SaveOutcome {
  return data ? { kind: 'saved', answers: data.setAnswers.answers } : { kind: 'failed' };
}

/**
 * What a failed batch save means: a conflict to show, a value to correct, a refusal that stops
 * saving (its reason put into words where shown), or a failure worth retrying (the network, a
 * server error). `refusals` says how the mutation names its items (`setAnswers` by default).
 */
export function failedOutcome(
  error: unknown,
  batch: readonly AnswerInput[],
  refusals: BatchRefusals = ANSWER_REFUSALS,
): SaveOutcome {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'failed' };
  const refusal = refusalOf(error);
  const extensions = refusal.extensions as Extensions;
  switch (extensions.code) {
    case 'CONFLICT':
      return { kind: 'conflict', report: refusals.conflict(extensions) };
    case 'BAD_USER_INPUT':
      return {
        kind: 'rejected',
        code: stringOrNull(extensions.questionCode) ?? codeAtPath(extensions.field, batch, refusals.list),
        refusal,
      };
    case 'FORBIDDEN':
      return { kind: 'refused', blocked: { reason: 'locked', refusal } };
    case 'UNAUTHENTICATED':
      return { kind: 'refused', blocked: { reason: 'session', refusal } };
    default:
      return { kind: 'failed' };
  }
}
