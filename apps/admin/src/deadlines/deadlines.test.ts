import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../api-errors';
import { jakartaToday, reopenProblems, windowProblems } from './deadlines';

const window = { fillUntil: '2026-08-31', reviewUntil: '2026-09-30' };

describe('today in Jakarta', () => {
  it('is the day in WIB, whatever the browser’s zone', () => {
    // 17:00 UTC is already midnight in Jakarta (UTC+7).
    expect(jakartaToday(new Date('2026-08-31T16:59:59Z'))).toBe('2026-08-31');
    expect(jakartaToday(new Date('2026-08-31T17:00:00Z'))).toBe('2026-09-01');
    expect(jakartaToday(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});

describe('the deadlines form', () => {
  it('may be sent with both days, evaluation ending on or after filling', () => {
    expect(windowProblems(window)).toEqual({});
    expect(windowProblems({ fillUntil: '2026-08-31', reviewUntil: '2026-08-31' })).toEqual({});
  });

  it('asks for both days', () => {
    expect(windowProblems({ fillUntil: '', reviewUntil: '' })).toEqual({
      fillUntil: 'required',
      reviewUntil: 'required',
    });
    expect(windowProblems({ fillUntil: '2026-08-31', reviewUntil: '' })).toEqual({ reviewUntil: 'required' });
  });

  it('refuses evaluation ending before filling, as the API does', () => {
    expect(windowProblems({ fillUntil: '2026-09-30', reviewUntil: '2026-08-31' })).toEqual({
      reviewUntil: 'reviewBeforeFill',
    });
  });

  it('shows the API’s refusal beside the field it names', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'reviewUntil must be on or after fillUntil: the TPI evaluates what units filled',
          extensions: { code: 'BAD_USER_INPUT', field: 'reviewUntil' },
        },
      ],
    });
    expect(inputErrorOf(error)).toEqual({
      field: 'reviewUntil',
      refusal: {
        message: 'reviewUntil must be on or after fillUntil: the TPI evaluates what units filled',
        extensions: { code: 'BAD_USER_INPUT', field: 'reviewUntil' },
      },
    });
    const forbidden = new CombinedGraphQLErrors({
      errors: [{ message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(inputErrorOf(forbidden)).toMatchObject({
      field: null,
      refusal: { message: 'You are not allowed to do this.' },
    });
    expect(inputErrorOf(new Error('Failed to fetch'))).toEqual({
      field: null,
      refusal: { message: 'Failed to fetch', extensions: {} },
    });
  });
});

describe('reopening a layer', () => {
  it('needs a day from the API’s earliest on and a reason', () => {
    expect(reopenProblems({ until: '2026-12-01', reason: 'Banjir di kantor unit' }, '2026-11-22')).toEqual(
      {},
    );
    expect(reopenProblems({ until: '2026-11-22', reason: 'Banjir' }, '2026-11-22')).toEqual({});
    expect(reopenProblems({ until: '', reason: '  ' }, '2026-11-22')).toEqual({
      until: 'required',
      reason: 'required',
    });
    expect(reopenProblems({ until: '2026-11-21', reason: 'Banjir' }, '2026-11-22')).toEqual({
      until: 'tooEarly',
    });
  });
});
