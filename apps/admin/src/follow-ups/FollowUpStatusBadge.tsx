import type { FollowUpStatus } from '@zi/schema/admin';
import { useT } from '@zi/ui';

const TONES: Record<FollowUpStatus, string> = {
  OPEN: 'neutral',
  IN_PROGRESS: 'progress',
  DONE: 'wbbm',
  VERIFIED: 'wbk',
};

/** Where a follow-up stands; an overdue one says so beside it, in the colour of danger. */
export function FollowUpStatusBadge({ status, overdue }: { status: FollowUpStatus; overdue: boolean }) {
  const t = useT();
  return (
    <span className="inline">
      <span className={`badge badge--${TONES[status]}`} data-testid="follow-up-status">
        {t(`followUpStatus.${status}`)}
      </span>
      {overdue && (
        <span className="badge badge--danger" data-testid="overdue-badge">
          {t('followUps.overdue')}
        </span>
      )}
    </span>
  );
}
