import { useQuery } from '@apollo/client/react';
import { MonitoringRoundsDocument } from '@zi/schema/admin';
import { Loading, useDocumentTitle, useT } from '@zi/ui';
import { useId } from 'react';
import { ApiError } from '../ApiError';
import { useViewer } from '../auth/SignedIn';
import { OverdueNotice } from '../follow-ups/OverdueNotice';
import { OpenRoundForm } from './OpenRoundForm';
import { RoundTable } from './RoundTable';

/** The quarterly monitoring rounds of the instansi; the Inspektorat opens the quarter's round here. */
export function MonitoringPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('monitoring.title'));
  const headingId = useId();
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(MonitoringRoundsDocument);
  const rounds = data?.monitoringRounds;

  let content = <Loading />;
  if (error) content = <ApiError error={error} onRetry={() => void refetch()} />;
  else if (rounds?.length === 0) {
    content = (
      <p className="empty-state" data-testid="rounds-empty">
        {t('monitoring.noRounds')}
      </p>
    );
  } else if (rounds) content = <RoundTable rounds={rounds} />;

  return (
    <section data-testid="monitoring-page">
      <h1>{t('monitoring.title')}</h1>
      <p className="page-intro">{t('monitoring.intro')}</p>
      <OverdueNotice />
      {viewer.may.openMonitoringRound && rounds && <OpenRoundForm rounds={rounds} />}
      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('monitoring.rounds')}</h2>
        {content}
      </section>
    </section>
  );
}
