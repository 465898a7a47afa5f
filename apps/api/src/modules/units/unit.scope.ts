import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';

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
