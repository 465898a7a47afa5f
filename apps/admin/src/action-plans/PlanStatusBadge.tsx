import type { PlanItemStatus } from '@zi/schema/admin';
import { useT } from '@zi/ui';

const TONES: Record<PlanItemStatus, string> = { PLANNED: 'neutral', IN_PROGRESS: 'progress', DONE: 'wbk' };

/** Where an activity stands; a late one says so beside it, in the colour of danger. */
export function PlanStatusBadge({ status, late }: { status: PlanItemStatus; late: boolean }) {
  const t = useT();
  return (
    <span className="inline">
      <span className={`badge badge--${TONES[status]}`} data-testid="plan-status">
        {t(`planItemStatus.${status}`)}
      </span>
      {late && (
        <span className="badge badge--danger" data-testid="late-badge">
          {t('actionPlan.late')}
        </span>
      )}
    </span>
  );
}
