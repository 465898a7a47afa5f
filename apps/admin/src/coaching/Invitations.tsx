import type { CoachingSessionItemFragment } from '@zi/schema/admin';
import { type MessageKey, useT } from '@zi/ui';

type Invitation = CoachingSessionItemFragment['invitations'][number];

const attendance = (attended: boolean | null): { tone: string; label: MessageKey } => {
  if (attended === null) return { tone: 'none', label: 'coaching.notRecorded' };
  return attended
    ? { tone: 'wbk', label: 'coaching.attended' }
    : { tone: 'warning', label: 'coaching.absent' };
};

/** The invited units in the viewer's scope, and whether each came. */
export function Invitations({ invitations }: { invitations: readonly Invitation[] }) {
  const t = useT();
  return (
    <ul className="invitations" data-testid="invitations">
      {invitations.map((invitation) => {
        const { tone, label } = attendance(invitation.attended);
        return (
          <li key={invitation.unit.id} data-testid="invitation">
            <span>{invitation.unit.name}</span>
            <span className={`badge badge--${tone}`}>{t(label)}</span>
          </li>
        );
      })}
    </ul>
  );
}
