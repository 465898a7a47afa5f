import { describe, expect, it } from 'vitest';
import { editableLayers, evidenceRemovable } from './editable-layers';

describe('editable layers', () => {
  it('let the unit edit its answers while drafting or returned', () => {
    expect(editableLayers('UNIT_OPERATOR', 'DRAFT')).toEqual(['UNIT']);
    expect(editableLayers('UNIT_OPERATOR', 'RETURNED')).toEqual(['UNIT']);
    expect(editableLayers('UNIT_OPERATOR', 'SUBMITTED')).toEqual([]);
  });

  it('let the TPI edit its layer while submitted or in review, and nothing after approval', () => {
    expect(editableLayers('EVALUATOR', 'SUBMITTED')).toEqual(['TPI']);
    expect(editableLayers('EVALUATOR', 'IN_REVIEW')).toEqual(['TPI']);
    expect(editableLayers('EVALUATOR', 'DRAFT')).toEqual([]);
    expect(editableLayers('EVALUATOR', 'EVALUATED')).toEqual([]);
  });

  it('lock every layer while the team lead reviews the approval', () => {
    expect(editableLayers('EVALUATOR', 'SECOND_REVIEW')).toEqual([]);
    expect(editableLayers('ADMIN', 'SECOND_REVIEW')).toEqual([]);
  });

  it('let the Inspektorat edit whichever layer the status opens', () => {
    expect(editableLayers('ADMIN', 'DRAFT')).toEqual(['UNIT']);
    expect(editableLayers('ADMIN', 'IN_REVIEW')).toEqual(['TPI', 'REVIEW']);
    expect(editableLayers('ADMIN', 'AWARDED')).toEqual([]);
  });

  it('allow removing evidence only before the first submission', () => {
    expect(evidenceRemovable('DRAFT')).toBe(true);
    expect(evidenceRemovable('RETURNED')).toBe(false);
  });
});
