import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { codeAtPath, failedOutcome } from './save-outcome';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('what a failed save means', () => {
  it('reads a conflict’s saved value and version', () => {
    const error = graphQLError('A.I.1.i.b was changed by someone else…', {
      code: 'CONFLICT',
      questionCode: 'A.I.1.i.b',
      yourVersion: 2,
      currentVersion: 3,
      currentValue: 'c',
      currentNote: 'Diperbarui oleh ketua tim',
    });
    expect(failedOutcome(error, [])).toEqual({
      kind: 'conflict',
      report: {
        code: 'A.I.1.i.b',
        version: 3,
        theirs: { option: 'c', number: null, note: 'Diperbarui oleh ketua tim' },
      },
    });
    const numeric = graphQLError('…', {
      code: 'CONFLICT',
      questionCode: 'B.I.a.1',
      currentVersion: 1,
      currentValue: 3.2,
    });
    expect(failedOutcome(numeric, [])).toMatchObject({
      report: { theirs: { option: null, number: 3.2, note: null } },
    });
  });

  it('keeps a refused value with the API’s refusal, naming the question', () => {
    const extensions = { code: 'BAD_USER_INPUT', field: 'answers', questionCode: 'B.I.a.1' };
    const error = graphQLError('B.I.a.1: must be a number from 0 to 4 (got 5)', extensions);
    expect(failedOutcome(error, [])).toEqual({
      kind: 'rejected',
      code: 'B.I.a.1',
      refusal: { message: 'B.I.a.1: must be a number from 0 to 4 (got 5)', extensions },
    });
  });

  it('names the answer a refused input path points at, so the rest of the batch can be saved', () => {
    const extensions = { code: 'BAD_USER_INPUT', field: 'answers.1.note', reason: 'TOO_LONG', max: 4000 };
    const error = graphQLError('answers.1.note: must be at most 4000 characters', extensions);
    const batch = [
      { code: 'A.I.1.i.b', option: 'a', version: 2 },
      { code: 'A.I.1.i.a', option: 'ya', note: 'x'.repeat(5000), version: 0 },
    ];
    expect(failedOutcome(error, batch)).toMatchObject({ kind: 'rejected', code: 'A.I.1.i.a' });
    expect(codeAtPath('answers.7.option', batch)).toBeNull();
    expect(codeAtPath('assessmentId', batch)).toBeNull();
    expect(codeAtPath('answers', batch)).toBeNull();
  });

  it('stops on a refusal, keeping its reason to put into words, and knows when signing in again helps', () => {
    const extensions = { code: 'FORBIDDEN', reason: 'LAYER_LOCKED', layer: 'unit', status: 'submitted' };
    expect(failedOutcome(graphQLError('The UNIT layer cannot be edited…', extensions), [])).toEqual({
      kind: 'refused',
      blocked: { reason: 'locked', refusal: { message: 'The UNIT layer cannot be edited…', extensions } },
    });
    expect(
      failedOutcome(graphQLError('You must be logged in.', { code: 'UNAUTHENTICATED' }), []),
    ).toMatchObject({
      blocked: { reason: 'session' },
    });
  });

  it('retries anything else: the network, a server error', () => {
    expect(failedOutcome(new TypeError('Failed to fetch'), [])).toEqual({ kind: 'failed' });
    expect(
      failedOutcome(graphQLError('Internal server error.', { code: 'INTERNAL_SERVER_ERROR' }), []),
    ).toEqual({
      kind: 'failed',
    });
  });
});
