import { describe, expect, it } from 'vitest';
import { loginStateOf } from './login-state';

describe('loginStateOf', () => {
  it('returns to the page, with its filters, that sent the visitor to sign in', () => {
    expect(loginStateOf({ from: { pathname: '/', search: '?stage=WBK' }, sessionEnded: true })).toEqual({
      returnTo: '/?stage=WBK',
      sessionEnded: true,
    });
  });

  it('goes to the unit list without a usable origin', () => {
    for (const state of [
      null,
      undefined,
      'x',
      {},
      { from: { pathname: 42 } },
      { from: { pathname: '/login' } },
    ]) {
      expect(loginStateOf(state)).toEqual({ returnTo: '/', sessionEnded: false });
    }
  });
});
