import { useMutation } from '@apollo/client/react';
import {
  type SampleMethod,
  type ScaleConversion,
  SetSurveySettingsDocument,
  type SurveySettingsQuery,
} from '@zi/schema/admin';
import { useLocale, useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { refusalOf } from '../api-errors';
import { FormError } from '../forms/FormError';
import { SubmitButton } from '../forms/SubmitButton';
import { useRefusalText } from '../useRefusalText';
import { SAMPLE_METHODS, SCALE_CONVERSIONS } from './survey-enums';

type Settings = SurveySettingsQuery['surveySettings'];

const POINTS = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The instansi's survey rules, for the Inspektorat to set; each new period copies them. */
export function SettingsCard({ settings }: { settings: Settings }) {
  const t = useT();
  const [locale] = useLocale();
  const describe = useRefusalText();
  const headingId = useId();
  const [values, setValues] = useState(() => ({
    scalePoints: settings.scalePoints,
    conversion: settings.conversion,
    sampleMethod: settings.sampleMethod,
    publicWhileOpen: settings.publicWhileOpen,
  }));
  const [save, { loading, error, data, reset }] = useMutation(SetSurveySettingsDocument);
  const change = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => {
    reset();
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save({ variables: { input: values } });
  }

  return (
    <section className="card survey-settings" aria-labelledby={headingId} data-testid="survey-settings">
      <h2 id={headingId}>{t('surveys.settingsTitle')}</h2>
      <form onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <label className="field">
          <span className="field__label">{t('surveys.scalePoints')}</span>
          <select
            className="field__control"
            value={values.scalePoints}
            data-testid="survey-scale"
            onChange={(event) => change('scalePoints', Number(event.target.value))}
          >
            {POINTS.map((points) => (
              <option key={points} value={points}>
                1–{points}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('surveys.conversion')}</span>
          <select
            className="field__control"
            value={values.conversion}
            onChange={(event) => change('conversion', event.target.value as ScaleConversion)}
          >
            {SCALE_CONVERSIONS.map((conversion) => (
              <option key={conversion} value={conversion}>
                {t(`surveys.conversion.${conversion}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('surveys.sampleMethod')}</span>
          <select
            className="field__control"
            value={values.sampleMethod}
            onChange={(event) => change('sampleMethod', event.target.value as SampleMethod)}
          >
            {SAMPLE_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`surveys.sampleMethod.${method}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--check">
          <input
            type="checkbox"
            checked={values.publicWhileOpen}
            onChange={(event) => change('publicWhileOpen', event.target.checked)}
          />{' '}
          {t('surveys.publicWhileOpen')}
        </label>
        <p className="field__hint">
          {t('surveys.formula')}: {(data?.setSurveySettings ?? settings).conversionFormula[locale]} ·{' '}
          {(data?.setSurveySettings ?? settings).sampleFormula[locale]}
        </p>
        <FormError error={error ? describe(refusalOf(error)) : null} />
        {data && !error && (
          <p className="save-notice" role="status">
            {t('surveys.settingsSaved')}
          </p>
        )}
        <SubmitButton
          label={t('surveys.saveSettings')}
          busyLabel={t('surveys.savingSettings')}
          busy={loading}
          testId="survey-settings-save"
        />
      </form>
    </section>
  );
}
