import { describe, expect, it } from 'vitest';
import { indexLayer } from '../worksheet/layer-index';
import { layer, question } from '../worksheet/test-fixtures';
import {
  acceptedEdits,
  answerKind,
  noteCode,
  referenceAnswered,
  sameAsReference,
  valueCodes,
} from './question-answer';

const unit = indexLayer(layer);

describe('how a question is answered', () => {
  it('by an option, by the counts of its formula, or by a number', () => {
    expect(answerKind(question('A.I.1.i.a'))).toBe('choice');
    expect(answerKind(question('A.II.5.iii.a.1'))).toBe('counts');
    expect(answerKind(question('B.I.a.1'))).toBe('number');
    expect(valueCodes(question('A.II.5.iii.a.1'))).toEqual(['A.II.5.iii.a.1.n1', 'A.II.5.iii.a.1.n2']);
    expect(valueCodes(question('B.I.a.1'))).toEqual(['B.I.a.1']);
  });

  it('keeps the note of a formula question on its first count', () => {
    expect(noteCode(question('A.II.5.iii.a.1'))).toBe('A.II.5.iii.a.1.n1');
    expect(noteCode(question('A.I.1.i.b'))).toBe('A.I.1.i.b');
  });
});

describe('taking the unit’s answer into the TPI layer', () => {
  const tpi = new Map([
    ['A.I.1.i.b', { option: 'c', number: null, note: 'Bukti SK belum lengkap' }],
    ['A.II.5.iii.a.1.n1', { option: null, number: 6, note: null }],
  ]);
  const answerOf = (code: string) => tpi.get(code) ?? null;

  it('copies the option or every count, keeping the evaluator’s own note', () => {
    expect(acceptedEdits(question('A.I.1.i.b'), unit, answerOf)).toEqual([
      ['A.I.1.i.b', { option: 'b', number: null, note: 'Bukti SK belum lengkap' }],
    ]);
    expect(acceptedEdits(question('A.II.5.iii.a.1'), unit, answerOf)).toEqual([
      ['A.II.5.iii.a.1.n1', { option: null, number: 6, note: null }],
      ['A.II.5.iii.a.1.n2', { option: null, number: 5, note: null }],
    ]);
  });

  it('knows when the answers already agree, and when the unit has not answered', () => {
    expect(sameAsReference(question('A.I.1.i.b'), unit, answerOf)).toBe(false);
    expect(
      sameAsReference(question('A.I.1.i.b'), unit, () => ({ option: 'b', number: null, note: 'x' })),
    ).toBe(true);
    expect(referenceAnswered(question('A.II.5.iii.a.1'), unit)).toBe(true);
    expect(referenceAnswered(question('A.I.1.i.b'), indexLayer(null))).toBe(false);
  });
});
