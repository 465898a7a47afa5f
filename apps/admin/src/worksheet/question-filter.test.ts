import { describe, expect, it } from 'vitest';
import { indexLayer } from './layer-index';
import { matchesFilter, questionFilterOf } from './question-filter';
import type { EvidenceItem, OpenReturn } from './types';

const index = indexLayer({
  answers: [{ code: 'A.1', option: 'a', number: null, note: null }],
  score: {
    groups: [],
    questionScores: [
      { code: 'A.1', status: 'ANSWERED', ratio: 1, percent: null, zeroDenominator: null },
      { code: 'A.2', status: 'UNANSWERED', ratio: 0, percent: null, zeroDenominator: null },
      { code: 'A.3', status: 'NOT_APPLICABLE', ratio: 1, percent: null, zeroDenominator: 'NOT_APPLICABLE' },
    ],
  } as never,
});
const facts = {
  index,
  evidence: new Map([['A.1', [{ id: 'e1' } as EvidenceItem]]]),
  openReturns: new Map([['A.3', { code: 'A.3' } as OpenReturn]]),
};
const kept = (filter: Parameters<typeof matchesFilter>[0]) =>
  ['A.1', 'A.2', 'A.3', 'A.4'].filter((code) => matchesFilter(filter, code, facts));

describe('the worksheet’s question filters', () => {
  it('keep what the engine scored unanswered (or has not scored), what has no evidence, what was returned', () => {
    expect(kept('belum-dijawab')).toEqual(['A.2', 'A.4']);
    expect(kept('tanpa-bukti')).toEqual(['A.2', 'A.3', 'A.4']);
    expect(kept('dikembalikan')).toEqual(['A.3']);
  });

  it('read the filter from the URL, and no other value', () => {
    expect(questionFilterOf(new URLSearchParams('saring=tanpa-bukti'))).toBe('tanpa-bukti');
    expect(questionFilterOf(new URLSearchParams('saring=semua'))).toBeNull();
    expect(questionFilterOf(new URLSearchParams(''))).toBeNull();
  });
});
