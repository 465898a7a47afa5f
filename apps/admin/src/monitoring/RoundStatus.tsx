import { DateText, useT } from '@zi/ui';
import { useTimeZone } from '../auth/useTimeZone';
import { dayIn } from '../time/zone-time';

/** Whether a round is still open to judgements and findings, or closed since when. */
export function RoundStatus({ closedAt }: { closedAt: string | null }) {
  const t = useT();
  const zone = useTimeZone();
  if (!closedAt) {
    return (
      <span className="badge badge--progress" data-testid="round-status">
        {t('monitoring.open')}
      </span>
    );
  }
  return (
    <span className="badge badge--neutral" data-testid="round-status">
      {t('monitoring.closed')} <DateText value={dayIn(closedAt, zone)} />
    </span>
  );
}
