import { describe, expect, it } from 'vitest';
import { ACTION_FORMS, localToday, orderedActions } from './actions';

describe('workflow actions', () => {
  it('ask for a reason where the history needs one, questions to return, or the decree', () => {
    expect(ACTION_FORMS.REOPEN).toBe('reason');
    expect(ACTION_FORMS.DECLINE).toBe('reason');
    expect(ACTION_FORMS.SEND_BACK).toBe('reason');
    expect(ACTION_FORMS.CONFIRM).toBe('confirm');
    expect(ACTION_FORMS.RETURN).toBe('return');
    expect(ACTION_FORMS.RECORD_AWARD).toBe('award');
    expect(ACTION_FORMS.SUBMIT).toBe('confirm');
  });

  it('put the moves forward before those back or aside, keeping the API’s order', () => {
    expect(orderedActions(['START_REVIEW', 'RETURN'])).toEqual(['START_REVIEW', 'RETURN']);
    expect(orderedActions(['RETURN', 'APPROVE'])).toEqual(['APPROVE', 'RETURN']);
    expect(orderedActions(['PROPOSE', 'DECLINE', 'REOPEN'])).toEqual(['PROPOSE', 'DECLINE', 'REOPEN']);
    expect(orderedActions(['SEND_BACK', 'CONFIRM'])).toEqual(['CONFIRM', 'SEND_BACK']);
  });

  it('know today’s date where the viewer is', () => {
    expect(localToday(new Date(2026, 10, 22, 23, 30))).toBe('2026-11-22');
  });
});
