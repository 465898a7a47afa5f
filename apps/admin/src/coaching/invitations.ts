import type { CoachingSessionItemFragment } from '@zi/schema/admin';
import type { ScopeUnit } from '../monitoring/round-grid';

/**
 * The units the invitation list offers: those building ZI, or all when asked, narrowed to the ones
 * whose name has every word typed; a unit already invited always stays in sight.
 */
export function offeredUnits(
  units: readonly ScopeUnit[],
  invited: readonly string[],
  filter: string,
  everyUnit: boolean,
): ScopeUnit[] {
  const words = filter.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  return units.filter((unit) => {
    if (invited.includes(unit.id)) return true;
    const name = unit.name.toLocaleLowerCase('id');
    return (everyUnit || unit.currentStage !== null) && words.every((word) => name.includes(word));
  });
}

type Invitation = CoachingSessionItemFragment['invitations'][number];

/** How many invited units came; null until attendance is recorded. */
export function attendanceOf(
  invitations: readonly Invitation[],
): { attended: number; invited: number } | null {
  if (invitations.every((invitation) => invitation.attended === null)) return null;
  return {
    attended: invitations.filter((invitation) => invitation.attended).length,
    invited: invitations.length,
  };
}
