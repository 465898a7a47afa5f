import { describe, expect, it } from 'vitest';
import { assignmentInput, assignmentProblems, selectionFilter, type UnitSelection } from './assignment';

const byKind: UnitSelection = { mode: 'filter', kind: 'PUSKESMAS', regionCode: '' };
const picked: UnitSelection = { mode: 'pick', units: [{ id: 'VW5pdDox', name: 'Puskesmas Sukamaju' }] };

describe('a bulk assignment', () => {
  it('needs evaluators, and units chosen by kind or region or picked', () => {
    expect(assignmentProblems([], { mode: 'filter', kind: null, regionCode: '' })).toEqual([
      'evaluators',
      'filter',
    ]);
    expect(assignmentProblems(['e1'], byKind)).toEqual([]);
    expect(assignmentProblems(['e1'], { mode: 'filter', kind: null, regionCode: '99.71' })).toEqual([]);
    expect(assignmentProblems(['e1'], { mode: 'filter', kind: null, regionCode: '9971' })).toEqual([
      'region',
    ]);
    expect(assignmentProblems(['e1'], { mode: 'pick', units: [] })).toEqual(['units']);
    expect(assignmentProblems(['e1'], picked)).toEqual([]);
  });

  it('counts the units of a valid kind and region only', () => {
    expect(selectionFilter(byKind)).toEqual({ kind: 'PUSKESMAS' });
    expect(selectionFilter({ ...byKind, regionCode: ' 99.71 ' })).toEqual({
      kind: 'PUSKESMAS',
      regionCode: '99.71',
    });
    expect(selectionFilter({ mode: 'filter', kind: null, regionCode: '' })).toBeNull();
    expect(selectionFilter({ ...byKind, regionCode: '9' })).toBeNull();
    expect(selectionFilter(picked)).toBeNull();
  });

  it('sends the kind and region, or the units picked, and whether the evaluators lead', () => {
    expect(assignmentInput(['e1', 'e2'], byKind, true)).toEqual({
      evaluatorIds: ['e1', 'e2'],
      kind: 'PUSKESMAS',
      regionCode: null,
      lead: true,
    });
    expect(assignmentInput(['e1'], picked, false)).toEqual({
      evaluatorIds: ['e1'],
      unitIds: ['VW5pdDox'],
      lead: false,
    });
  });
});
