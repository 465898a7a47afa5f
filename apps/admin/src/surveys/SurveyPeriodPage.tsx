import { useQuery } from '@apollo/client/react';
import { SurveyPeriodPageDocument } from '@zi/schema/admin';
import { DateText, Loading, useDocumentTitle, useT } from '@zi/ui';
import { Link, useParams } from 'react-router';
import { ApiError } from '../ApiError';
import { ClosePeriodButton, LkeValues } from './ClosePeriod';
import { CountsPanel } from './CountsPanel';
import { ResponsesToDecide } from './ResponsesToDecide';
import { ResultsTables } from './ResultsTables';
import { SharePanel } from './SharePanel';

/** One survey period: how to reach respondents, what came in, the indices, the decisions, closing. */
export function SurveyPeriodPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(SurveyPeriodPageDocument, { variables: { id } });
  const period = data?.surveyPeriod;
  useDocumentTitle(t('admin.name'), period ? `${period.title} · ${period.unit.name}` : t('surveys.title'));
  if (error) return <ApiError error={error} onRetry={() => void refetch()} />;
  if (!period || !data) return <Loading />;
  return (
    <section data-testid="survey-period-page">
      <p className="breadcrumb">
        <Link to="/survei">{t('surveys.title')}</Link>
      </p>
      <h1>
        {period.title} · {period.unit.name}
      </h1>
      <p className="page-intro">
        <DateText value={period.startsOn} /> – <DateText value={period.endsOn} /> ·{' '}
        <span data-testid="survey-status">{period.closedAt ? t('surveys.closed') : t('surveys.open')}</span>
      </p>
      {!period.closedAt && <SharePanel period={period} />}
      <CountsPanel period={period} />
      <ResultsTables period={period} instruments={data.surveyInstruments} />
      <ResponsesToDecide period={period} />
      {period.viewerMay.close && <ClosePeriodButton period={period} />}
      {period.closedAt && <LkeValues period={period} />}
    </section>
  );
}
