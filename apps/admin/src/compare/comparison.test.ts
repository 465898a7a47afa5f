import { describe, expect, it } from 'vitest';
import { indexLayer } from '../worksheet/layer-index';
import { framework, layer } from '../worksheet/test-fixtures';
import { worksheetTree } from '../worksheet/worksheet-tree';
import { compareLayers } from './comparison';

const tree = worksheetTree(framework);
const answer = (code: string, option: string | null, number: number | null = null) => ({
  code,
  option,
  number,
  note: null,
});
const groupScore = (code: string, weight: number, score: number) => ({
  code,
  weight,
  score,
  percent: (score / weight) * 100,
  answered: 1,
  questions: 1,
  notApplicable: false,
});

/** The TPI agrees on IPAK, lowers A.I.1.i.b from B to C and one LHKPN count from 5 to 4. */
const tpi = indexLayer({
  answers: [
    answer('A.I.1.i.a', 'ya'),
    answer('A.I.1.i.b', 'c'),
    answer('A.II.5.iii.a.1.n1', null, 6),
    answer('A.II.5.iii.a.1.n2', null, 4),
    answer('A.II.5.iii.b.1.n1', null, 0),
    answer('A.II.5.iii.b.1.n2', null, 0),
    answer('B.I.a.1', null, 3.6),
  ],
  score: {
    groups: [groupScore('A.I.1', 4, 2), groupScore('A.II.5', 7.5, 1.67), groupScore('B.I.a', 17.5, 15.75)],
    questionScores: [
      { code: 'A.I.1.i.a', status: 'ANSWERED', ratio: 1, percent: null, zeroDenominator: null },
      { code: 'A.I.1.i.b', status: 'ANSWERED', ratio: 0, percent: null, zeroDenominator: null },
      {
        code: 'A.II.5.iii.a.1',
        status: 'ANSWERED',
        ratio: 0.6666666667,
        percent: 66.6666666667,
        zeroDenominator: null,
      },
      { code: 'A.II.5.iii.b.1', status: 'NOT_APPLICABLE', ratio: null, percent: null, zeroDenominator: null },
      { code: 'B.I.a.1', status: 'ANSWERED', ratio: 0.9, percent: null, zeroDenominator: null },
    ],
  },
});

/** The fixture's unit answers, with the areas' scores. */
const unit = indexLayer({
  answers: layer.answers,
  score: {
    groups: [groupScore('A.I.1', 4, 2.5), groupScore('A.II.5', 7.5, 1.8), groupScore('B.I.a', 17.5, 15.75)],
    questionScores: layer.score?.questionScores ?? [],
  },
});

describe('comparing the unit’s and the TPI’s layers', () => {
  const areas = tree ? compareLayers(tree, unit, tpi) : [];

  it('puts the areas with the largest difference first, agreeing ones last', () => {
    expect(areas.map((area) => [area.area.code, area.difference])).toEqual([
      ['A.I.1', -0.5],
      ['A.II.5', expect.closeTo(-0.13, 6)],
      ['B.I.a', 0],
    ]);
  });

  it('puts the differing questions first, the largest change in score first', () => {
    const [personnel] = areas;
    expect(
      personnel?.questions.map((item) => [item.question.code, item.differs, item.unit, item.tpi]),
    ).toEqual([
      ['A.I.1.i.b', true, 0.5, 0],
      ['A.I.1.i.a', false, 1, 1],
    ]);
    expect(personnel?.questions[0]?.unitAnswer?.option).toBe('b');
    expect(personnel?.questions[0]?.tpiAnswer?.option).toBe('c');
  });

  it('counts a formula question as differing when any of its counts does', () => {
    const [, supervision] = areas;
    expect(supervision?.questions.map((item) => [item.question.code, item.differs])).toEqual([
      ['A.II.5.iii.a.1', true],
      ['A.II.5.iii.b.1', false],
    ]);
  });
});
