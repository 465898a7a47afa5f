import { describe, expect, it } from 'vitest';
import { question } from '../worksheet/test-fixtures';
import { type AnswerChange, answerChangeText } from './answer-history';

const change = (
  code: string,
  before: AnswerChange['before'],
  after: AnswerChange['after'],
): AnswerChange => ({
  occurredAt: '2026-11-21T03:00:00Z',
  layer: 'UNIT',
  kind: 'ANSWER',
  code,
  before,
  after,
  evidenceNames: [],
  actor: { name: 'Operator DPMPTSP Demo' },
});
const snapshot = (option: string | null, number: number | null = null, note: string | null = null) => ({
  option,
  number,
  note,
});

describe('an answer’s change, as it reads', () => {
  it('shows the options by their labels, before and after', () => {
    const text = answerChangeText(
      change('A.I.1.i.b', snapshot('b'), snapshot('a')),
      question('A.I.1.i.b'),
      'id',
    );
    expect(text).toEqual({ part: null, value: { before: 'B', after: 'A' }, note: null });
  });

  it('has nothing before a first answer, and numbers in the viewer’s format', () => {
    const first = answerChangeText(change('B.I.a.1', null, snapshot(null, 3.6)), question('B.I.a.1'), 'id');
    expect(first.value).toEqual({ before: null, after: '3,6' });
    expect(
      answerChangeText(change('B.I.a.1', null, snapshot(null, 3.6)), question('B.I.a.1'), 'en').value,
    ).toEqual({ before: null, after: '3.6' });
  });

  it('names the count input of a percentage question it changed', () => {
    const text = answerChangeText(
      change('A.II.5.iii.a.1.n2', snapshot(null, 4), snapshot(null, 5, 'Dua pejabat baru dilantik')),
      question('A.II.5.iii.a.1'),
      'id',
    );
    expect(text).toEqual({
      part: 'Jumlah yang sudah melaporkan',
      value: { before: '4', after: '5' },
      note: { before: null, after: 'Dua pejabat baru dilantik' },
    });
  });

  it('shows only the note when only the note changed', () => {
    const text = answerChangeText(
      change('A.I.1.i.a', snapshot('ya', null, 'SK lama'), snapshot('ya', null, 'SK 800/12/2026')),
      question('A.I.1.i.a'),
      'id',
    );
    expect(text).toEqual({ part: null, value: null, note: { before: 'SK lama', after: 'SK 800/12/2026' } });
  });

  it('still says what the answer was when a save changed nothing', () => {
    const same = answerChangeText(
      change('A.I.1.i.a', snapshot('ya'), snapshot('ya')),
      question('A.I.1.i.a'),
      'id',
    );
    expect(same.value).toEqual({ before: 'Ya', after: 'Ya' });
  });
});
