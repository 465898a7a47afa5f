import { DEFAULT_FRAMEWORK_CODE, requireFramework, scoreAnswers, type TargetId } from '@zi/lke';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../worksheet/types';
import { liveVerdict, scoringInput } from './live-score';

const framework = requireFramework(DEFAULT_FRAMEWORK_CODE);
const answer = (
  option: string | null,
  number: number | null = null,
  note: string | null = null,
): AnswerValue => ({
  option,
  number,
  note,
});

const answers = new Map<string, AnswerValue>([
  ['A.I.1.i.a', answer('ya', null, 'SK Tim Kerja Nomor 12/2026')],
  ['A.I.1.i.b', answer('b')],
  ['A.II.4.i.1.n1', answer(null, 10)],
  ['A.II.4.i.1.n2', answer(null, 8)],
  ['B.I.a.1', answer(null, 3.6)],
  ['A.I.2.i.a', answer(null, null, 'Belum ada, menunggu SK')],
]);

describe('live score', () => {
  it('reads each answer’s option or number, notes aside, unanswered as null', () => {
    expect(scoringInput(answers)).toEqual({
      'A.I.1.i.a': 'ya',
      'A.I.1.i.b': 'b',
      'A.II.4.i.1.n1': 10,
      'A.II.4.i.1.n2': 8,
      'B.I.a.1': 3.6,
      'A.I.2.i.a': null,
    });
  });

  it('gives the numbers the API stores for the same answers', () => {
    const verdict = liveVerdict(framework, scoringInput(answers), []);
    const report = scoreAnswers(framework, scoringInput(answers));
    expect(verdict.score?.total).toBe(report.total);
    expect(verdict.score?.answered).toBe(4);
    expect(verdict.score?.questions).toBe(113);
    expect(verdict.score?.groups.find((group) => group.code === 'B.I.a')?.score).toBeCloseTo(15.75, 10);
  });

  it('says which zero-denominator rule decided a score, as the API does (decision 0034)', () => {
    const none = new Map<string, AnswerValue>([
      ['A.II.1.i.a.n1', answer(null, 0)],
      ['A.II.1.i.a.n2', answer(null, 0)],
    ]);
    const verdict = liveVerdict(framework, scoringInput(none), []);
    expect(verdict.score?.questionScores.find((score) => score.code === 'A.II.1.i.a')).toEqual({
      code: 'A.II.1.i.a',
      status: 'ANSWERED',
      ratio: 0,
      percent: 0,
      zeroDenominator: 'ZERO_SCORE',
    });
  });

  it('names statuses and rule measures as the API does', () => {
    const verdict = liveVerdict(framework, scoringInput(answers), []);
    expect(verdict.score?.questionScores.find((score) => score.code === 'A.II.4.i.1')).toEqual({
      code: 'A.II.4.i.1',
      status: 'ANSWERED',
      ratio: 0.8,
      percent: 80,
      zeroDenominator: null,
    });
    expect(verdict.score?.questionScores.find((score) => score.code === 'A.I.1.i.b')).toEqual({
      code: 'A.I.1.i.b',
      status: 'ANSWERED',
      ratio: 0.5,
      percent: null,
      zeroDenominator: null,
    });
    expect(verdict.score?.questionScores.find((score) => score.code === 'A.I.2.i.a')?.status).toBe(
      'UNANSWERED',
    );
    const wbbm = verdict.eligibility.find((target) => target.target === 'WBBM');
    expect(new Set(wbbm?.rules.map((rule) => rule.measure))).toEqual(
      new Set(['POINTS', 'PERCENT_OF_WEIGHT', 'PREDICATE']),
    );
    expect(verdict.priorities.length).toBe(10);
  });

  it('passes the WBBM condition on the predicates the API says the unit holds, and fails it without', () => {
    const wbbmRule = (held: readonly TargetId[]) =>
      liveVerdict(framework, scoringInput(answers), held)
        .eligibility.find((target) => target.target === 'WBBM')
        ?.rules.find((candidate) => candidate.measure === 'PREDICATE');
    expect(wbbmRule(['WBK'])?.passed).toBe(true);
    expect(wbbmRule([])?.passed).toBe(false);
  });
});
