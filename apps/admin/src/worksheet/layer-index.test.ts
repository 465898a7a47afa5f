import { describe, expect, it } from 'vitest';
import { helpedRules, indexLayer, questionResult, sameQuestionResult } from './layer-index';
import { eligibility, layer, question } from './test-fixtures';

describe('questionResult', () => {
  const index = indexLayer(layer);

  it('joins a choice question with its answer and stored score by code', () => {
    const result = questionResult(question('A.I.1.i.b'), index);
    expect(result.answer?.option).toBe('b');
    expect(result.score).toEqual({
      code: 'A.I.1.i.b',
      status: 'ANSWERED',
      ratio: 0.5,
      percent: null,
      zeroDenominator: null,
    });
    expect(result.counts).toEqual([]);
    expect(result.notes).toEqual(['SK tim belum mencakup seluruh bidang']);
  });

  it('finds the count inputs of a percentage under their own codes, with their notes', () => {
    const result = questionResult(question('A.II.5.iii.a.1'), index);
    expect(result.answer).toBeNull();
    expect(result.counts.map(({ count, answer }) => [count.text, answer?.number])).toEqual([
      ['Jumlah yang harus melaporkan', 6],
      ['Jumlah yang sudah melaporkan', 5],
    ]);
    expect(result.score?.percent).toBeCloseTo(83.33, 2);
    expect(result.notes).toEqual(['Dua pejabat baru dilantik']);
  });

  it('keeps the not-applicable verdict of the engine', () => {
    expect(questionResult(question('A.II.5.iii.b.1'), index).score).toMatchObject({
      status: 'NOT_APPLICABLE',
      ratio: null,
    });
  });

  it('has nothing for a layer without answers', () => {
    const empty = indexLayer(null);
    const result = questionResult(question('A.II.5.iii.a.1'), empty);
    expect(result.answer).toBeNull();
    expect(result.counts.map(({ answer }) => answer)).toEqual([null, null]);
    expect(result.score).toBeNull();
    expect(empty.groups.size).toBe(0);
  });
});

describe('indexLayer', () => {
  it('indexes group scores by code', () => {
    expect(indexLayer(layer).groups.get('A.II.5.iii.b')?.notApplicable).toBe(true);
  });
});

describe('helpedRules', () => {
  it('names each failing condition once, with every target it fails in', () => {
    expect(helpedRules(['WBK/total', 'WBBM/total', 'WBBM/area5'], eligibility)).toEqual([
      { id: 'total', name: 'Nilai total', targets: ['WBK', 'WBBM'] },
      { id: 'area5', name: 'Penguatan Pengawasan (pemenuhan + reform)', targets: ['WBBM'] },
    ]);
  });

  it('skips references to rules the layer does not report', () => {
    expect(helpedRules(['WBK/ipak', 'XYZ/total', 'garbage'], eligibility)).toEqual([]);
  });
});

describe('sameQuestionResult', () => {
  const index = indexLayer(layer);
  const changed = (code: string, change: Partial<(typeof layer.answers)[number]>) =>
    indexLayer({
      answers: layer.answers.map((answer) => (answer.code === code ? { ...answer, ...change } : answer)),
      score: layer.score,
    });

  it('sees a change of the question’s answer, note or counts, and nothing else', () => {
    expect(sameQuestionResult(question('A.I.1.i.b'), index, indexLayer(layer))).toBe(true);
    expect(sameQuestionResult(question('A.I.1.i.b'), index, changed('A.I.1.i.b', { option: 'c' }))).toBe(
      false,
    );
    expect(sameQuestionResult(question('A.I.1.i.b'), index, changed('A.I.1.i.b', { note: 'baru' }))).toBe(
      false,
    );
    expect(
      sameQuestionResult(question('A.II.5.iii.a.1'), index, changed('A.II.5.iii.a.1.n2', { number: 4 })),
    ).toBe(false);
    expect(sameQuestionResult(question('A.I.1.i.a'), index, changed('A.I.1.i.b', { option: 'c' }))).toBe(
      true,
    );
  });

  it('sees a change of the question’s score', () => {
    const rescored = indexLayer({
      answers: layer.answers,
      score: layer.score && {
        ...layer.score,
        questionScores: layer.score.questionScores.map((score) =>
          score.code === 'B.I.a.1' ? { ...score, ratio: 0.8 } : score,
        ),
      },
    });
    expect(sameQuestionResult(question('B.I.a.1'), index, rescored)).toBe(false);
    expect(sameQuestionResult(question('A.I.1.i.a'), index, rescored)).toBe(true);
  });
});
