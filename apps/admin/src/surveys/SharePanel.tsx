import type { SurveyPeriodHeadFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useId, useState } from 'react';

/** Where respondents find the form: its link to copy, a WhatsApp message, and the counter's QR poster. */
export function SharePanel({ period }: { period: SurveyPeriodHeadFragment }) {
  const t = useT();
  const headingId = useId();
  const [copied, setCopied] = useState(false);
  const message = t('surveys.whatsappText', { unit: period.unit.name, url: period.formUrl });
  return (
    <section className="card survey-share" aria-labelledby={headingId} data-testid="survey-share">
      <h2 id={headingId}>{t('surveys.share')}</h2>
      <p>
        <span className="field__label">{t('surveys.formLink')}</span>{' '}
        <a href={period.formPath} target="_blank" rel="noreferrer" data-testid="survey-form-link">
          {period.formUrl}
        </a>
      </p>
      <div className="inline">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            void navigator.clipboard?.writeText(period.formUrl).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('surveys.copy')}
        </button>
        <a
          className="button button--secondary button--small"
          href={`https://wa.me/?text=${encodeURIComponent(message)}`}
          target="_blank"
          rel="noreferrer"
          data-testid="survey-whatsapp"
        >
          {t('surveys.whatsapp')}
        </a>
        <a className="button button--small" href={period.posterPath} download data-testid="survey-poster">
          {t('surveys.poster')}
        </a>
      </div>
      {copied && (
        <p className="save-notice" role="status">
          {t('surveys.copied')}
        </p>
      )}
    </section>
  );
}
