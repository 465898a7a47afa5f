import { describe, expect, it } from 'vitest';
import { hasErrorCode } from './api-error';

const graphQLError = (message: string, code: string) =>
  Object.assign(new Error(message), { errors: [{ message, extensions: { code } }] });

describe('hasErrorCode', () => {
  it('finds the code among the GraphQL errors of a response', () => {
    const error = graphQLError('id is not a valid ID', 'BAD_USER_INPUT');
    expect(hasErrorCode(error, 'BAD_USER_INPUT')).toBe(true);
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(false);
  });

  it('is false for errors that are not GraphQL errors', () => {
    expect(hasErrorCode(new Error('Failed to fetch'), 'BAD_USER_INPUT')).toBe(false);
  });
});
