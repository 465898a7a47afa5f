import type { AssignEvaluatorsInput, UnitFilter, UnitKind } from '@zi/schema/admin';
import { REGION_CODE } from '../registry/unit-form';
import type { UnitChoice } from './person-form';

/** Which units an assignment is for: those of a kind and/or region, or ones picked by name. */
export type UnitSelection =
  | { mode: 'filter'; kind: UnitKind | null; regionCode: string }
  | { mode: 'pick'; units: readonly UnitChoice[] };

export type AssignmentProblem = 'evaluators' | 'filter' | 'region' | 'units';

/**
 * What keeps the assignment from being sent. A filter needs a kind or a region: an empty one would
 * assign every unit of the instansi, which is never what a slip of the mouse meant.
 */
export function assignmentProblems(
  evaluatorIds: readonly string[],
  selection: UnitSelection,
): AssignmentProblem[] {
  const problems: AssignmentProblem[] = [];
  if (evaluatorIds.length === 0) problems.push('evaluators');
  if (selection.mode === 'pick') {
    if (selection.units.length === 0) problems.push('units');
  } else {
    const region = selection.regionCode.trim();
    if (region && !REGION_CODE.test(region)) problems.push('region');
    else if (!region && !selection.kind) problems.push('filter');
  }
  return problems;
}

/** The units filter a selection by kind and region stands for, to count them; null until it is valid. */
export function selectionFilter(selection: UnitSelection): UnitFilter | null {
  if (selection.mode !== 'filter') return null;
  const region = selection.regionCode.trim();
  if ((!region && !selection.kind) || (region && !REGION_CODE.test(region))) return null;
  return { ...(selection.kind && { kind: selection.kind }), ...(region && { regionCode: region }) };
}

export function assignmentInput(
  evaluatorIds: readonly string[],
  selection: UnitSelection,
  lead: boolean,
): AssignEvaluatorsInput {
  const units =
    selection.mode === 'pick'
      ? { unitIds: selection.units.map((unit) => unit.id) }
      : {
          kind: selection.kind,
          regionCode: selection.regionCode.trim() || null,
        };
  return { evaluatorIds: [...evaluatorIds], ...units, lead };
}
