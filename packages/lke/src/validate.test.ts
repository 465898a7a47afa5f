import { describe, expect, it } from 'vitest';
import { requireFramework } from './frameworks/index.js';
import { validateAnswer } from './validate.js';

const framework = requireFramework('permenpanrb-90-2021');
const check = (code: string, value: string | number | null) =>
  validateAnswer(framework, code, value)?.message ?? null;

describe('answer validation names the question and what it allows', () => {
  it('accepts valid answers and null (clearing)', () => {
    expect(check('A.I.1.i.a', 'ya')).toBeNull();
    expect(check('A.I.1.iii.a', 'd')).toBeNull();
    expect(check('B.I.a.1', 3.6)).toBeNull();
    expect(check('A.II.1.i.a.n1', 0)).toBeNull();
    expect(check('A.I.1.i.a', null)).toBeNull();
    expect(check('A.II.1.i.a', null)).toBeNull();
  });

  it('refuses an option the question does not have', () => {
    expect(check('A.I.1.i.b', 'd')).toBe('A.I.1.i.b: must be one of a, b, c (got "d")');
    expect(check('A.I.1.i.a', 'a')).toBe('A.I.1.i.a: must be one of ya, tidak (got "a")');
  });

  it('refuses a survey value outside 0–4, and a negative or fractional count', () => {
    expect(check('B.II.a.1', 4.5)).toBe('B.II.a.1: must be a number from 0 to 4 (got 4.5)');
    expect(check('B.II.a.1', 'high')).toBe('B.II.a.1: must be a number from 0 to 4 (got "high")');
    expect(check('A.II.1.i.a.n1', -1)).toBe(
      'A.II.1.i.a.n1: a count must be a whole number of 0 or more (got -1)',
    );
    expect(check('A.II.1.i.a.n1', 2.5)).toMatch(/whole number/);
  });

  it('refuses an unknown code and a direct answer to a question scored from counts', () => {
    expect(check('Z.9', 'a')).toBe('Z.9: no such question or count in permenpanrb-90-2021');
    expect(check('A.II.1.i.a', 75)).toBe(
      'A.II.1.i.a: this question is scored from its counts; answer those instead',
    );
  });
});
