import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';

/** Which units a list may show: everything (public), one instansi, the assigned ones, or one unit. */
export type UnitScope =
  | { kind: 'all' }
  | { kind: 'instansi'; instansiId: string }
  | { kind: 'assigned'; evaluatorId: string }
  | { kind: 'unit'; unitId: string };

export function unitScopeOf(viewer: Viewer): UnitScope {
  switch (viewer.role) {
    case Role.ADMIN:
      return { kind: 'instansi', instansiId: viewer.instansiId ?? '' };
    case Role.EVALUATOR:
      return { kind: 'assigned', evaluatorId: viewer.id };
    case Role.UNIT_OPERATOR:
      return { kind: 'unit', unitId: viewer.unitId ?? '' };
  }
}

/**
 * The scope as a condition on a unit ID column, with named parameters, for queries that list
 * things belonging to units (findings, follow-ups, progress).
 */
export function unitScopeCondition(
  scope: UnitScope,
  unitIdColumn: string,
  /** The unit's instansi column, where the query has the unit row itself. */
  instansiIdColumn?: string,
): [string, Record<string, string>] {
  switch (scope.kind) {
    case 'all':
      return ['TRUE', {}];
    case 'instansi':
      return [
        instansiIdColumn
          ? `${instansiIdColumn} = :scopeInstansi`
          : `EXISTS (SELECT 1 FROM unit su WHERE su.id = ${unitIdColumn} AND su.instansi_id = :scopeInstansi)`,
        { scopeInstansi: scope.instansiId },
      ];
    case 'unit':
      return [`${unitIdColumn} = :scopeUnit`, { scopeUnit: scope.unitId }];
    case 'assigned':
      return [
        `EXISTS (SELECT 1 FROM evaluator_assignment ea WHERE ea.unit_id = ${unitIdColumn} AND ea.user_id = :scopeUser)`,
        { scopeUser: scope.evaluatorId },
      ];
  }
}
