import { useQuery } from '@apollo/client/react';
import { MonitoringRoundDocument } from '@zi/schema/admin';
import { hasErrorCode, Loading, useDocumentTitle, useT } from '@zi/ui';
import { Link, useParams } from 'react-router';
import { ApiError } from '../ApiError';
import { quarterName } from './quarters';
import { RoundView } from './RoundView';
import { useScopeUnits } from './useScopeUnits';

/** A round covers the units building ZI; a stable object, so the units load once. */
const BUILDING_ZI = { buildingZi: true };

export function MonitoringRoundPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MonitoringRoundDocument, { variables: { id } });
  const scope = useScopeUnits(BUILDING_ZI);
  const round = data?.monitoringRound ?? null;
  // An ID that cannot be a round's is, to the viewer, a round not found.
  const failure = error && !hasErrorCode(error, 'BAD_USER_INPUT') ? error : null;
  useDocumentTitle(
    t('admin.name'),
    round ? t('monitoring.roundTitle', { quarter: quarterName(t, round) }) : t('monitoring.title'),
  );

  if (failure) return <ApiError error={failure} onRetry={() => void refetch()} />;
  if (scope.error) return <ApiError error={scope.error} onRetry={scope.reload} />;
  if (loading || (round && !scope.units)) return <Loading />;
  if (!round || !scope.units) {
    return (
      <section data-testid="round-not-found">
        <h1>{t('monitoring.notFound')}</h1>
        <p>
          <Link to="/monev">{t('monitoring.back')}</Link>
        </p>
      </section>
    );
  }
  return <RoundView round={round} scope={scope.units} />;
}
