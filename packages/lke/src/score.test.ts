import { describe, expect, it } from 'vitest';
import { requireFramework } from './frameworks/index.js';
import { round2 } from './numbers.js';
import { scoreAnswers } from './score.js';
import { uniformAnswers } from './testing/answers.js';

const framework = requireFramework('permenpanrb-90-2021');

describe('PermenPANRB 90/2021: the official tree', () => {
  it('has 113 scored questions (87 pemenuhan, 23 reform, 3 hasil) and 24 count inputs', () => {
    const codes = [...framework.questions.keys()];
    expect(codes.filter((code) => code.startsWith('A.I.'))).toHaveLength(87);
    expect(codes.filter((code) => code.startsWith('A.II.'))).toHaveLength(23);
    expect(codes.filter((code) => code.startsWith('B.'))).toHaveLength(3);
    expect(framework.counts.size).toBe(24);
  });

  it('weighs 60 + 40, with the six areas equal in both halves', () => {
    const weight = (code: string) => framework.groups.get(code)?.weight;
    expect([weight('ZI'), weight('A'), weight('B'), weight('A.I'), weight('A.II')]).toEqual([
      100, 60, 40, 30, 30,
    ]);
    for (const area of [1, 2, 3, 4, 5, 6]) expect(weight(`A.I.${area}`)).toBe(weight(`A.II.${area}`));
    expect([weight('A.II.5.iii'), weight('A.II.5.iii.a'), weight('A.II.5.iii.b')]).toEqual([2, 1, 1]);
  });
});

describe('scoring', () => {
  it('gives 100 for the best answers and 0 for the worst', () => {
    const best = scoreAnswers(framework, uniformAnswers(framework, 'best'));
    expect(best.total).toBe(100);
    expect(best.unanswered).toEqual([]);
    const worst = scoreAnswers(framework, uniformAnswers(framework, 'worst'));
    expect(worst.total).toBe(0);
    expect(worst.unanswered).toEqual([]);
  });

  it('counts an empty worksheet as 0 with every question unanswered', () => {
    const empty = scoreAnswers(framework, {});
    expect(empty.total).toBe(0);
    expect(empty.unanswered).toHaveLength(113);
    expect(empty.questions['A.I.1.i.a']).toEqual({ code: 'A.I.1.i.a', status: 'unanswered', ratio: 0 });
  });

  it('matches a hand-computed Manajemen Perubahan (both halves) to the second decimal', () => {
    const report = scoreAnswers(framework, {
      // Pemenuhan, weight 4
      'A.I.1.i.a': 'ya', // 1
      'A.I.1.i.b': 'b', // 0.5       → mean 0.75 × 0.5 = 0.375
      'A.I.1.ii.a': 'ya', // 1
      'A.I.1.ii.b': 'a', // 1
      'A.I.1.ii.c': 'c', // 0       → mean 2/3 × 1 = 0.6667
      'A.I.1.iii.a': 'b', // 0.67
      'A.I.1.iii.b': 'b', // 0.67
      'A.I.1.iii.c': 'c', // 0.33   → mean 0.5567 × 1
      'A.I.1.iv.a': 'tidak', // 0
      'A.I.1.iv.b': 'b', // 0.5
      'A.I.1.iv.c': 'a', // 1
      'A.I.1.iv.d': 'd', // 0       → mean 0.375 × 1.5 = 0.5625
      // Reform, weight 4
      'A.II.1.i.a.n1': 20, // agents
      'A.II.1.i.a.n2': 15, // changes → 0.75
      'A.II.1.i.b.n1': 15, // changes
      'A.II.1.i.b.n2': 12, // integrated → 0.8;  mean 0.775 × 2 = 1.55
      'A.II.1.ii.1': 'b', // 0.75 × 1
      'A.II.1.iii.1': 'a', // 1 × 1
    });
    expect(report.groups['A.I.1.i']?.score).toBe(0.375);
    expect(round2(report.groups['A.I.1.ii']?.score ?? 0)).toBe(0.67);
    expect(round2(report.groups['A.I.1.iii']?.score ?? 0)).toBe(0.56);
    expect(report.groups['A.I.1.iv']?.score).toBe(0.5625);
    expect(round2(report.groups['A.I.1']?.score ?? 0)).toBe(2.16);
    expect(report.questions['A.II.1.i.a']).toMatchObject({ ratio: 0.75, percent: 75 });
    expect(report.groups['A.II.1']?.score).toBe(3.3);
    expect(round2((report.groups['A.I.1']?.score ?? 0) + (report.groups['A.II.1']?.score ?? 0))).toBe(5.46);
    expect(round2(report.total)).toBe(5.46);
  });

  it('scores the hasil surveys as value / 4 of their weight', () => {
    const report = scoreAnswers(framework, { 'B.I.a.1': 3.6, 'B.I.b.1': 'b', 'B.II.a.1': 3.2 });
    expect(report.groups['B.I.a']?.score).toBe(15.75);
    expect(report.groups['B.I.b']?.score).toBe(3.75);
    expect(report.groups['B.I']?.score).toBe(19.5);
    expect(report.groups['B.II']?.score).toBe(14);
    expect(report.groups.B?.score).toBe(33.5);
  });

  it('caps a percentage at 100% and reports the uncapped value', () => {
    const report = scoreAnswers(framework, { 'A.II.4.i.1.n1': 8, 'A.II.4.i.1.n2': 10 });
    expect(report.questions['A.II.4.i.1']).toMatchObject({ ratio: 1, percent: 125 });
  });

  it('adds the two LHKPN sub-areas into their parent of weight 2', () => {
    const report = scoreAnswers(framework, {
      'A.II.5.iii.a.1.n1': 4,
      'A.II.5.iii.a.1.n5': 3,
      'A.II.5.iii.b.1.n1': 10,
      'A.II.5.iii.b.1.n5': 9,
    });
    expect(report.groups['A.II.5.iii.a']?.score).toBe(0.75);
    expect(report.groups['A.II.5.iii.b']?.score).toBe(0.9);
    expect(report.groups['A.II.5.iii']?.score).toBe(1.65);
  });
});

describe("a zero denominator follows its formula's rule (decision 0034)", () => {
  it('gives the sub-area its full weight when there is nothing to handle (no complaints)', () => {
    const report = scoreAnswers(framework, { 'A.II.5.ii.1.n1': 0, 'A.II.5.ii.1.n2': 0, 'A.II.5.ii.1.n3': 0 });
    expect(report.questions['A.II.5.ii.1']).toEqual({
      code: 'A.II.5.ii.1',
      status: 'notApplicable',
      ratio: null,
      zeroDenominator: 'NOT_APPLICABLE',
    });
    expect(report.groups['A.II.5.ii']).toMatchObject({ score: 3, notApplicable: true });
    expect(report.unanswered).not.toContain('A.II.5.ii.1');
  });

  it("gives nothing where the denominator counts the unit's own work (no agents, no changes)", () => {
    const report = scoreAnswers(framework, {
      'A.II.1.i.a.n1': 0,
      'A.II.1.i.a.n2': 0,
      'A.II.1.i.b.n1': 0,
      'A.II.1.i.b.n2': 0,
    });
    expect(report.questions['A.II.1.i.a']).toEqual({
      code: 'A.II.1.i.a',
      status: 'answered',
      ratio: 0,
      percent: 0,
      zeroDenominator: 'ZERO_SCORE',
    });
    expect(report.questions['A.II.1.i.b']).toMatchObject({ ratio: 0, zeroDenominator: 'ZERO_SCORE' });
    expect(report.groups['A.II.1.i']).toMatchObject({ score: 0, notApplicable: false });
  });

  it('names no rule when the denominator is not zero', () => {
    const report = scoreAnswers(framework, { 'A.II.4.i.1.n1': 4, 'A.II.4.i.1.n2': 3 });
    expect(report.questions['A.II.4.i.1']).toEqual({
      code: 'A.II.4.i.1',
      status: 'answered',
      ratio: 0.75,
      percent: 75,
    });
  });

  it('gives every formula a rule and a reason', () => {
    for (const [code, formula] of Object.entries(framework.formulas)) {
      expect([code, formula.zeroDenominator]).toEqual([
        code,
        expect.stringMatching(/^(NOT_APPLICABLE|ZERO_SCORE)$/),
      ]);
      expect(formula.zeroDenominatorReason.length).toBeGreaterThan(20);
    }
  });

  it('earns nothing when violations rise from zero', () => {
    const rising = scoreAnswers(framework, {
      'A.II.3.iii.a.n1': 0,
      'A.II.3.iii.a.n2': 3,
      'A.II.3.iii.a.n3': 0,
    });
    expect(rising.questions['A.II.3.iii.a']).toMatchObject({ status: 'answered', ratio: 0 });
    const none = scoreAnswers(framework, {
      'A.II.3.iii.a.n1': 0,
      'A.II.3.iii.a.n2': 0,
      'A.II.3.iii.a.n3': 0,
    });
    expect(none.questions['A.II.3.iii.a']?.status).toBe('notApplicable');
    const falling = scoreAnswers(framework, {
      'A.II.3.iii.a.n1': 4,
      'A.II.3.iii.a.n2': 1,
      'A.II.3.iii.a.n3': 1,
    });
    expect(falling.questions['A.II.3.iii.a']?.ratio).toBe(0.75);
  });

  it('treats a formula question with a missing count as unanswered', () => {
    const report = scoreAnswers(framework, { 'A.II.4.i.1.n1': 10 });
    expect(report.questions['A.II.4.i.1']).toMatchObject({ status: 'unanswered', ratio: 0 });
  });
});
