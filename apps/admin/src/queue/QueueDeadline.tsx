import { DateText, type Translate, useT } from '@zi/ui';
import type { QueueDeadline as Deadline } from './queue';

/** How far the deadline is, in words: days left, today, or days overdue. */
function distance(t: Translate, days: number): string {
  if (days === 0) return t('queue.dueToday');
  if (days === 1) return t('queue.dueTomorrow');
  if (days === -1) return t('queue.overdueOne');
  return days > 0 ? t('queue.daysLeft', { count: days }) : t('queue.overdue', { count: -days });
}

/**
 * A worksheet's deadline in the queue: the day, whose work, and how near (days and urgency as the
 * API counts them from today in Indonesia), louder when near or past.
 */
export function QueueDeadline({ deadline }: { deadline: Deadline | null }) {
  const t = useT();
  if (!deadline) return <span className="muted">—</span>;
  const days = deadline.daysLeft;
  const urgency = deadline.urgency.toLowerCase();
  return (
    <span className={`queue-deadline queue-deadline--${urgency}`} data-testid="queue-deadline">
      <DateText value={deadline.until} />{' '}
      <span className="queue-deadline__distance" data-urgency={urgency}>
        {deadline.urgency === 'LATER' ? distance(t, days) : <strong>{distance(t, days)}</strong>}
      </span>
      <span className="cell-note">
        {t(`queue.deadlineLayer.${deadline.layer === 'UNIT' ? 'UNIT' : 'TPI'}`)}
        {deadline.reopened && `, ${t('queue.reopened')}`}
      </span>
    </span>
  );
}
