import { describe, expect, it } from 'vitest';
import { requireFramework } from './frameworks/index.js';
import { validateAnswer, validateCounts } from './validate.js';

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

describe('impossible counts are refused at their field (validateCounts)', () => {
  const counts = (answers: Record<string, number>, changed?: string[]) =>
    validateCounts(framework, answers, changed).map(({ code, reason, related }) => ({
      code,
      reason,
      related,
    }));

  it('refuses 50 complaints resolved of 40, naming the total', () => {
    expect(counts({ 'A.II.5.ii.1.n1': 40, 'A.II.5.ii.1.n3': 50 }, ['A.II.5.ii.1.n3'])).toEqual([
      {
        code: 'A.II.5.ii.1.n3',
        reason: 'COUNT_EXCEEDS_TOTAL',
        related: ['A.II.5.ii.1.n1', 'A.II.5.ii.1.n2'],
      },
    ]);
    expect(counts({ 'A.II.5.ii.1.n1': 40, 'A.II.5.ii.1.n2': 20, 'A.II.5.ii.1.n3': 25 })).toHaveLength(1);
    expect(counts({ 'A.II.5.ii.1.n1': 40, 'A.II.5.ii.1.n2': 15, 'A.II.5.ii.1.n3': 25 })).toEqual([]);
  });

  it('judges a part and its total set in one batch together, and skips limits the batch left alone', () => {
    const after = { 'A.II.4.i.1.n1': 12, 'A.II.4.i.1.n2': 12 };
    expect(counts(after, ['A.II.4.i.1.n1', 'A.II.4.i.1.n2'])).toEqual([]);
    expect(counts({ ...after, 'A.II.6.i.b.n1': 1, 'A.II.6.i.b.n2': 2 }, ['A.II.4.i.1.n1'])).toEqual([]);
  });

  it('checks the LHKPN breakdown (rows 176–178) against the number obliged to report (row 175)', () => {
    const total = { 'A.II.5.iii.a.1.n1': 10 };
    const breakdown = { 'A.II.5.iii.a.1.n2': 1, 'A.II.5.iii.a.1.n3': 7 };
    expect(counts({ ...total, ...breakdown })).toEqual([]);
    expect(counts({ ...total, ...breakdown, 'A.II.5.iii.a.1.n4': 2 })).toEqual([]);
    expect(counts({ ...total, ...breakdown, 'A.II.5.iii.a.1.n4': 1 }, ['A.II.5.iii.a.1.n4'])).toEqual([
      {
        code: 'A.II.5.iii.a.1.n4',
        reason: 'BREAKDOWN_MISMATCH',
        related: ['A.II.5.iii.a.1.n1', 'A.II.5.iii.a.1.n2', 'A.II.5.iii.a.1.n3'],
      },
    ]);
    expect(counts({ ...total, ...breakdown, 'A.II.5.iii.a.1.n4': 3 })[0]?.reason).toBe('COUNT_EXCEEDS_TOTAL');
    expect(counts({ ...total, 'A.II.5.iii.a.1.n5': 11 })[0]).toMatchObject({
      code: 'A.II.5.iii.a.1.n5',
      reason: 'COUNT_EXCEEDS_TOTAL',
    });
  });

  it('gives every single-value refusal a stable reason', () => {
    expect(validateAnswer(framework, 'A.II.5.ii.1.n1', -1)?.reason).toBe('INVALID_COUNT');
    expect(validateAnswer(framework, 'A.I.1.i.b', 'd')?.reason).toBe('NOT_AN_OPTION');
    expect(validateAnswer(framework, 'B.II.a.1', 4.5)?.reason).toBe('OUT_OF_RANGE');
  });
});
