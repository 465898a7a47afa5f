import { CombinedGraphQLErrors } from '@apollo/client';
import type { AnswerInput, SetAnswersMutation } from '@zi/schema/admin';
import { refusalOf } from '../api-errors';
import type { SaveOutcome } from './autosave-controller';

interface ConflictExtensions {
  questionCode?: unknown;
  currentVersion?: unknown;
  currentValue?: unknown;
  currentNote?: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The answer a refused input path (`answers.0.note`) points at in the batch sent; null when the path
 * names no answer of it.
 */
export function codeAtPath(field: unknown, batch: readonly Pick<AnswerInput, 'code'>[]): string | null {
  const index = typeof field === 'string' ? /^answers\.(\d+)(\.|$)/.exec(field)?.[1] : undefined;
  return index === undefined ? null : (batch[Number(index)]?.code ?? null);
}

/** What a batch's answer from the API means for autosave. */
export function savedOutcome(data: SetAnswersMutation | null | undefined): SaveOutcome {
  return data ? { kind: 'saved', answers: data.setAnswers.answers } : { kind: 'failed' };
}

/**
 * What a failed `setAnswers` means: a conflict to show, a value to correct, a refusal that stops
 * saving (its reason put into words where shown), or a failure worth retrying (the network, a
 * server error).
 */
export function failedOutcome(error: unknown, batch: readonly AnswerInput[]): SaveOutcome {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'failed' };
  const refusal = refusalOf(error);
  const extensions = refusal.extensions as ConflictExtensions & { code?: unknown };
  switch (extensions.code) {
    case 'CONFLICT': {
      const value = extensions.currentValue;
      return {
        kind: 'conflict',
        report: {
          code: text(extensions.questionCode) ?? '',
          version: typeof extensions.currentVersion === 'number' ? extensions.currentVersion : 0,
          theirs: {
            option: typeof value === 'string' ? value : null,
            number: typeof value === 'number' ? value : null,
            note: text(extensions.currentNote),
          },
        },
      };
    }
    case 'BAD_USER_INPUT':
      return {
        kind: 'rejected',
        code: text(extensions.questionCode) ?? codeAtPath(refusal.extensions.field, batch),
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
