import { useMutation } from '@apollo/client/react';
import {
  CloseSurveyPeriodDocument,
  PutSurveyIntoWorksheetDocument,
  SurveyPeriodPageDocument,
  type SurveyPeriodPageQuery,
} from '@zi/schema/admin';
import { formatNumber, useLocale, useT } from '@zi/ui';
import { useId } from 'react';
import { ConfirmButton } from '../components/ConfirmButton';

type Page = NonNullable<SurveyPeriodPageQuery['surveyPeriod']>;

/** Closes the period once its responses are decided: the form stops and the indices go into the LKE. */
export function ClosePeriodButton({ period }: { period: Page }) {
  const t = useT();
  const [close, mutation] = useMutation(CloseSurveyPeriodDocument, {
    refetchQueries: [SurveyPeriodPageDocument],
  });
  return (
    <ConfirmButton
      label={t('surveys.close')}
      busyLabel={t('surveys.closing')}
      title={t('surveys.close')}
      help={t('surveys.closeConfirm', { year: period.year })}
      testId="survey-close"
      className="button"
      mutation={mutation}
      onConfirm={() => close({ variables: { periodId: period.id, version: period.version } })}
    />
  );
}

/** Where a closed period's indices went in the worksheet, and a way to put them in when they could not go. */
export function LkeValues({ period }: { period: Page }) {
  const t = useT();
  const [locale] = useLocale();
  const headingId = useId();
  const [put, { loading }] = useMutation(PutSurveyIntoWorksheetDocument, {
    refetchQueries: [SurveyPeriodPageDocument],
  });
  const unwritten = period.lkeValues.length === 0 || period.lkeValues.some((value) => !value.written);
  return (
    <section className="section" aria-labelledby={headingId} data-testid="survey-lke-values">
      <h2 id={headingId}>{t('surveys.inWorksheet')}</h2>
      {period.lkeValues.length === 0 && (
        <p className="empty-state" data-testid="survey-no-worksheet">
          {t('surveys.noWorksheet', { year: period.year })}
        </p>
      )}
      <table className="data-table" hidden={period.lkeValues.length === 0}>
        <thead>
          <tr>
            <th scope="col">{t('surveys.question')}</th>
            <th scope="col">{t('surveys.value')}</th>
            <th scope="col">{t('surveys.used')}</th>
            <th scope="col">{t('surveys.status')}</th>
          </tr>
        </thead>
        <tbody>
          {period.lkeValues.map((value) => (
            <tr key={value.questionCode} data-testid="survey-lke-value">
              <th scope="row">{value.questionCode}</th>
              <td>{formatNumber(value.value, locale, { min: 2, max: 2 })}</td>
              <td>{value.responsesUsed}</td>
              <td>{value.written ? t('surveys.written') : t('surveys.notWritten')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unwritten && period.viewerMay.putIntoWorksheet && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void put({ variables: { periodId: period.id } }).catch(() => undefined)}
        >
          {t('surveys.putAgain')}
        </button>
      )}
    </section>
  );
}
