import { useQuery } from '@apollo/client/react';
import { SurveyPeriodsDocument, SurveySettingsDocument } from '@zi/schema/admin';
import { Loading, useDocumentTitle, useT } from '@zi/ui';
import { useId } from 'react';
import { ApiError } from '../ApiError';
import { useViewer } from '../auth/SignedIn';
import { OpenPeriodForm } from './OpenPeriodForm';
import { PeriodTable } from './PeriodTable';
import { SettingsCard } from './SettingsCard';

/** The survey periods in the viewer's scope; a unit (or the Inspektorat) opens one here. */
export function SurveysPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('surveys.title'));
  const headingId = useId();
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(SurveyPeriodsDocument, { variables: {} });
  const settings = useQuery(SurveySettingsDocument).data?.surveySettings;
  const periods = data?.surveyPeriods;

  let content = <Loading />;
  if (error) content = <ApiError error={error} onRetry={() => void refetch()} />;
  else if (periods?.length === 0)
    content = (
      <p className="empty-state" data-testid="survey-periods-empty">
        {t('surveys.noPeriods')}
      </p>
    );
  else if (periods) content = <PeriodTable periods={periods} />;

  return (
    <section data-testid="surveys-page">
      <h1>{t('surveys.title')}</h1>
      <p className="page-intro">{t('surveys.intro')}</p>
      {viewer.may.runSurveys && <OpenPeriodForm />}
      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('surveys.periods')}</h2>
        {content}
      </section>
      {settings?.viewerMayEdit && <SettingsCard settings={settings} />}
    </section>
  );
}
