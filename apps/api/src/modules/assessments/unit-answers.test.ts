import { requireFramework } from '@zi/lke';
import { describe, expect, it } from 'vitest';
import { AnswerLayer } from './assessment.entity.js';
import { type StoredAnswer, unitAnswersToAccept } from './unit-answers.js';

const framework = requireFramework('permenpanrb-90-2021');
const countsOf = (code: string) =>
  framework.questions.get(code)?.node.counts?.map((count) => count.code) ?? [];

const rows = (
  layer: AnswerLayer,
  values: Record<string, string | number | null>,
  note: string | null = null,
) => Object.entries(values).map(([code, value]): StoredAnswer => ({ layer, code, value, note, version: 1 }));

describe("accepting the unit's answers", () => {
  it('fills only what the unit answered fully and the TPI not at all; a note alone is not an answer', () => {
    const lhkpn = countsOf('A.II.5.iii.a.1');
    const [otherFirst = '', ...otherRest] = countsOf('A.II.5.iii.b.1');
    const unit = rows(AnswerLayer.UNIT, {
      'A.I.1.i.a': 'ya',
      'A.I.1.i.b': 'b',
      ...Object.fromEntries([...lhkpn, otherFirst, ...otherRest].map((code) => [code, 5])),
    });
    const tpi = rows(AnswerLayer.TPI, { 'A.I.1.i.a': 'tidak', 'A.I.1.i.b': null, [otherFirst]: 1 }, 'cek');
    const { accepted, answers } = unitAnswersToAccept(framework, [...unit, ...tpi]);
    expect(accepted).toEqual(['A.I.1.i.b', 'A.II.5.iii.a.1']);
    // The TPI's note on a question it fills stays, and the edit is of the version it holds.
    expect(answers.find((answer) => answer.code === 'A.I.1.i.b')).toMatchObject({
      option: 'b',
      note: 'cek',
      version: 1,
    });
  });
});
