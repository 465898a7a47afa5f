import { DateText, useT } from '@zi/ui';
import { Link } from 'react-router';
import { useTimeZone } from '../auth/useTimeZone';
import { dayIn } from '../time/zone-time';
import { CloseRoundButton } from './CloseRoundButton';
import { quarterName } from './quarters';
import { RoundReports } from './RoundReports';
import { RoundStatus } from './RoundStatus';
import type { Round } from './round-grid';

interface RoundHeaderProps {
  round: Pick<Round, 'id' | 'year' | 'quarter' | 'closedAt' | 'createdAt'>;
  /** Whether the API lets the viewer close it now. */
  canClose: boolean;
}

export function RoundHeader({ round, canClose }: RoundHeaderProps) {
  const t = useT();
  const zone = useTimeZone();
  const name = quarterName(t, round);
  return (
    <header className="unit-header">
      <Link className="back-link" to="/monev">
        ← {t('monitoring.back')}
      </Link>
      <h1>{t('monitoring.roundTitle', { quarter: name })}</h1>
      <div className="inline">
        <RoundStatus closedAt={round.closedAt} />
        <span className="muted">
          {t('monitoring.openedOn')} <DateText value={dayIn(round.createdAt, zone)} />
        </span>
      </div>
      <p className="page-intro">
        {t(round.closedAt ? 'monitoring.closedIntro' : 'monitoring.openRoundIntro')}
      </p>
      <div className="documents">
        <RoundReports roundId={round.id} />
        {canClose && <CloseRoundButton roundId={round.id} name={name} />}
      </div>
    </header>
  );
}
