import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { hasErrorCode } from './api-errors';

describe('hasErrorCode', () => {
  it('finds the code among the GraphQL errors of a response', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'id is not a valid ID', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(hasErrorCode(error, 'BAD_USER_INPUT')).toBe(true);
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(false);
  });

  it('is false for errors that are not GraphQL errors', () => {
    expect(hasErrorCode(new Error('Failed to fetch'), 'BAD_USER_INPUT')).toBe(false);
  });
});
