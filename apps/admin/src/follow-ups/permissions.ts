import type { FollowUpItemFragment, ViewerFragment } from '@zi/schema/admin';

/** What decides what a viewer may do here: their role, and an operator's unit. */
export type Viewer = Pick<ViewerFragment, 'role' | 'unit'>;
type FollowUp = Pick<FollowUpItemFragment, 'status' | 'unit'>;

/** Until it is verified, the unit answers its own follow-up; the Inspektorat may answer for it. */
export function mayRespond(viewer: Viewer, followUp: FollowUp): boolean {
  if (followUp.status === 'VERIFIED') return false;
  return viewer.role === 'ADMIN' || (viewer.role === 'UNIT_OPERATOR' && viewer.unit?.id === followUp.unit.id);
}

/** The Inspektorat and the TPI verify a follow-up the unit calls done, or send it back. */
export function mayReview(viewer: Viewer, followUp: FollowUp): boolean {
  return followUp.status === 'DONE' && viewer.role !== 'UNIT_OPERATOR';
}
