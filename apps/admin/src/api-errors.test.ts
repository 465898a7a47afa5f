import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { refusalOf, refusalOfBody } from './api-errors';

describe('the API’s refusal', () => {
  it('is the first GraphQL error: its message and extensions, with the reason', () => {
    const extensions = { code: 'FORBIDDEN', reason: 'WORKFLOW_NOT_TEAM_LEAD' };
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: "Only the team lead (ketua tim) of this unit's evaluators makes the second review.",
          extensions,
        },
        { message: 'Another.', extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect(refusalOf(error)).toEqual({
      message: "Only the team lead (ketua tim) of this unit's evaluators makes the second review.",
      extensions,
    });
  });

  it('is the failure’s own message when the API did not answer', () => {
    expect(refusalOf(new TypeError('Failed to fetch'))).toEqual({
      message: 'Failed to fetch',
      extensions: {},
    });
  });

  it('is read from the JSON body of an upload or an import, or is the status when there is none', () => {
    const extensions = { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_FILES', max: 20 };
    const body = JSON.stringify({ errors: [{ message: 'At most 20 files per upload.', extensions }] });
    expect(refusalOfBody(400, body)).toEqual({ message: 'At most 20 files per upload.', extensions });
    expect(refusalOfBody(400, JSON.stringify({ errors: [{ message: 'Bad.' }] }))).toEqual({
      message: 'Bad.',
      extensions: {},
    });
    expect(refusalOfBody(504, '<html>Gateway timeout</html>')).toEqual({
      message: 'HTTP 504',
      extensions: {},
    });
  });
});
