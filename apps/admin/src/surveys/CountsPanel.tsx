import type { SurveyPeriodHeadFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useId } from 'react';
import { ServiceUsersForm } from './ServiceUsersForm';

/** Received, left out (by reason), used, and how far the used ones are from the sample needed. */
export function CountsPanel({ period }: { period: SurveyPeriodHeadFragment }) {
  const t = useT();
  const headingId = useId();
  const { counts } = period;
  return (
    <section className="card survey-counts" aria-labelledby={headingId} data-testid="survey-counts">
      <h2 id={headingId}>{t('surveys.counts')}</h2>
      <dl className="survey-counts__figures">
        <div>
          <dt>{t('surveys.received')}</dt>
          <dd data-testid="survey-received">{counts.received}</dd>
        </div>
        <div>
          <dt>{t('surveys.excluded')}</dt>
          <dd data-testid="survey-excluded">{counts.excluded}</dd>
        </div>
        <div>
          <dt>{t('surveys.used')}</dt>
          <dd data-testid="survey-used">{counts.used}</dd>
        </div>
        <div>
          <dt>{t('surveys.awaiting')}</dt>
          <dd data-testid="survey-awaiting">{counts.awaitingDecision}</dd>
        </div>
      </dl>
      {counts.excludedByReason.length > 0 && (
        <ul className="survey-counts__reasons">
          {counts.excludedByReason.map(({ exclusionReason, count }) => (
            <li key={exclusionReason}>
              {t(`surveys.reason.${exclusionReason}`)}: {count}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('surveys.sample')}</h3>
      {period.viewerMay.edit && <ServiceUsersForm key={period.version} period={period} />}
      {counts.required === null || counts.required === undefined ? (
        <p className="field__hint">{t('surveys.sampleUnknown')}</p>
      ) : (
        <>
          <progress
            className="survey-counts__progress"
            max={Math.max(counts.required, 1)}
            value={Math.min(counts.used, counts.required)}
            aria-label={t('surveys.sample')}
          />
          <p data-testid="survey-sample">
            {t('surveys.sampleProgress', { used: counts.used, required: counts.required })}
          </p>
        </>
      )}
    </section>
  );
}
