import type { AnswerLayer, AssessmentStatus, Role } from '@zi/schema/admin';

// The API's rules (`WRITABLE_LAYERS` and the layers of each role), mirrored to offer editing only
// where a save can succeed; the API still has the final word on every save.
const LAYERS_BY_ROLE: Record<Role, readonly AnswerLayer[]> = {
  ADMIN: ['UNIT', 'TPI', 'REVIEW'],
  EVALUATOR: ['TPI'],
  UNIT_OPERATOR: ['UNIT'],
};

const WRITABLE_BY_STATUS: Record<AssessmentStatus, readonly AnswerLayer[]> = {
  DRAFT: ['UNIT'],
  RETURNED: ['UNIT'],
  SUBMITTED: ['TPI'],
  IN_REVIEW: ['TPI', 'REVIEW'],
  SECOND_REVIEW: [],
  EVALUATED: [],
  PROPOSED: [],
  NOT_PROPOSED: [],
  AWARDED: [],
  NOT_AWARDED: [],
};

/** The layers this viewer may edit in this status. */
export function editableLayers(role: Role, status: AssessmentStatus): AnswerLayer[] {
  return WRITABLE_BY_STATUS[status].filter((layer) => LAYERS_BY_ROLE[role].includes(layer));
}

/** Evidence is part of the record once submitted: it can then be replaced, never removed. */
export function evidenceRemovable(status: AssessmentStatus): boolean {
  return status === 'DRAFT';
}
