import { describe, expect, it } from 'vitest';
import { passwordProblems } from './set-password';

describe('a new password', () => {
  it('has at least 10 characters and at most 200', () => {
    expect(passwordProblems('pendek', 'pendek')).toEqual({ password: 'tooShort' });
    expect(passwordProblems('x'.repeat(201), 'x'.repeat(201))).toEqual({ password: 'tooLong' });
    expect(passwordProblems('kopi pagi di kantor', 'kopi pagi di kantor')).toEqual({});
  });

  it('is typed the same twice', () => {
    expect(passwordProblems('kopi pagi di kantor', 'kopi pagi di kantr')).toEqual({
      confirmation: 'mismatch',
    });
  });
});
