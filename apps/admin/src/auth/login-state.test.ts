import { describe, expect, it } from 'vitest';
import { landingOf, loginStateOf } from './login-state';

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

describe('landingOf', () => {
  it('lands on the start page the API names, unless another page sent the visitor', () => {
    expect(landingOf('/', 'QUEUE')).toBe('/antrian');
    expect(landingOf('/', 'UNITS')).toBe('/');
    expect(landingOf('/?stage=WBK', 'QUEUE')).toBe('/?stage=WBK');
    expect(landingOf('/tindak-lanjut', 'QUEUE')).toBe('/tindak-lanjut');
  });
});
