import { useMutation } from '@apollo/client/react';
import { type SurveyPeriodHeadFragment, UpdateSurveyPeriodDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { refusalOf } from '../api-errors';
import { FormError } from '../forms/FormError';
import { SubmitButton } from '../forms/SubmitButton';
import { useRefusalText } from '../useRefusalText';

/** The period's service users, which size its sample: the unit counts them as the period goes on. */
export function ServiceUsersForm({ period }: { period: SurveyPeriodHeadFragment }) {
  const t = useT();
  const describe = useRefusalText();
  const [text, setText] = useState(
    period.serviceUsers === null || period.serviceUsers === undefined ? '' : String(period.serviceUsers),
  );
  const [update, { loading, error, reset }] = useMutation(UpdateSurveyPeriodDocument);
  const valid = /^\d*$/.test(text.trim());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!valid) return;
    await update({
      variables: {
        input: {
          periodId: period.id,
          version: period.version,
          serviceUsers: text.trim() ? Number(text.trim()) : null,
        },
      },
    });
  }

  return (
    <form className="inline survey-users" onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <label className="field">
        <span className="field__label">{t('surveys.serviceUsers')}</span>
        <input
          className="field__control"
          inputMode="numeric"
          value={text}
          aria-invalid={valid ? undefined : true}
          data-testid="survey-users-edit"
          onChange={(event) => {
            reset();
            setText(event.target.value);
          }}
        />
      </label>
      <SubmitButton
        label={t('surveys.saveUsers')}
        busyLabel={t('surveys.savingSettings')}
        busy={loading}
        testId="survey-users-save"
        className="button button--secondary button--small"
      />
      {!valid && <p className="field__error">{t('surveys.notAWholeNumber')}</p>}
      <FormError error={error ? describe(refusalOf(error)) : null} />
    </form>
  );
}
