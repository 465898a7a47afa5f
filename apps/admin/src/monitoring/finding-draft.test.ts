import { describe, expect, it } from 'vitest';
import {
  blankFinding,
  changeFinding,
  type FindingChange,
  fieldPaths,
  findingInput,
  MAX_ROWS,
  missingFields,
} from './finding-draft';

const apply = (...changes: FindingChange[]) => changes.reduce(changeFinding, blankFinding());

describe('a finding being written', () => {
  it('starts with one recommendation holding one follow-up, every field missing but the area', () => {
    const draft = blankFinding();
    expect(draft.recommendations).toHaveLength(1);
    expect(draft.recommendations[0]?.followUps).toHaveLength(1);
    expect([...missingFields(draft)]).toEqual([
      'description',
      'recommendations.0.description',
      'recommendations.0.followUps.0.description',
      'recommendations.0.followUps.0.ownerName',
      'recommendations.0.followUps.0.dueOn',
    ]);
  });

  it('adds and removes rows, each with its own key, never the last one', () => {
    const draft = apply(
      { type: 'addRecommendation' },
      { type: 'addFollowUp', recommendation: 0 },
      { type: 'addFollowUp', recommendation: 1 },
      { type: 'followUp', recommendation: 0, index: 1, field: 'ownerName', value: 'Sekretaris' },
    );
    const keys = draft.recommendations.flatMap((item) => [item.key, ...item.followUps.map((row) => row.key)]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(draft.recommendations.map((item) => item.followUps.length)).toEqual([2, 2]);

    const removed = changeFinding(draft, { type: 'removeFollowUp', recommendation: 0, index: 0 });
    expect(removed.recommendations[0]?.followUps.map((row) => row.ownerName)).toEqual(['Sekretaris']);
    expect(fieldPaths(removed).has('recommendations.0.followUps.1.dueOn')).toBe(false);
    expect(fieldPaths(removed).has('recommendations.1.followUps.1.dueOn')).toBe(true);

    const single = blankFinding();
    expect(changeFinding(single, { type: 'removeRecommendation', index: 0 })).toBe(single);
    expect(
      changeFinding(single, { type: 'removeFollowUp', recommendation: 0, index: 0 }).recommendations[0]
        ?.followUps,
    ).toHaveLength(1);
  });

  it('stops adding rows at the API’s limit', () => {
    let draft = blankFinding();
    for (let index = 0; index < MAX_ROWS + 3; index += 1) {
      draft = changeFinding(draft, { type: 'addRecommendation' });
      draft = changeFinding(draft, { type: 'addFollowUp', recommendation: 0 });
    }
    expect(draft.recommendations).toHaveLength(MAX_ROWS);
    expect(draft.recommendations[0]?.followUps).toHaveLength(MAX_ROWS);
  });

  it('becomes the input of recordFinding, texts trimmed', () => {
    const draft = apply(
      { type: 'area', area: 'SUPERVISION' },
      { type: 'finding', field: 'description', value: '  WBS belum tersedia. ' },
      { type: 'recommendation', index: 0, value: 'Sediakan saluran WBS.' },
      { type: 'followUp', recommendation: 0, index: 0, field: 'description', value: ' Terbitkan SK WBS ' },
      { type: 'followUp', recommendation: 0, index: 0, field: 'ownerName', value: 'Kepala dinas' },
      { type: 'followUp', recommendation: 0, index: 0, field: 'dueOn', value: '2026-12-15' },
    );
    expect(missingFields(draft).size).toBe(0);
    expect(findingInput(draft, 'r1', 'u1')).toEqual({
      roundId: 'r1',
      unitId: 'u1',
      area: 'SUPERVISION',
      description: 'WBS belum tersedia.',
      recommendations: [
        {
          description: 'Sediakan saluran WBS.',
          followUps: [{ description: 'Terbitkan SK WBS', ownerName: 'Kepala dinas', dueOn: '2026-12-15' }],
        },
      ],
      alsoUnitIds: [],
    });
  });
});
