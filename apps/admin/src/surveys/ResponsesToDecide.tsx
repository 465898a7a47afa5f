import { useMutation } from '@apollo/client/react';
import {
  DecideSurveyResponseDocument,
  type ExclusionReason,
  SurveyPeriodPageDocument,
  type SurveyPeriodPageQuery,
  type SurveyResponsePartsFragment,
} from '@zi/schema/admin';
import { type Column, DataTable, formatDateTime, useLocale, useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTimeZone } from '../auth/useTimeZone';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../forms/FormFooter';
import { TextAreaField } from '../forms/TextAreaField';
import { useRecordForm } from '../forms/useRecordForm';
import { EXCLUSION_REASONS } from './survey-enums';

type Page = NonNullable<SurveyPeriodPageQuery['surveyPeriod']>;

/**
 * The responses the platform flagged or the unit left out, newest first, each with its decision:
 * leave it out with a reason, or use it. Nothing the respondent sent is changed or deleted.
 */
export function ResponsesToDecide({ period }: { period: Page }) {
  const t = useT();
  const [locale] = useLocale();
  const zone = useTimeZone();
  const headingId = useId();
  const [excluding, setExcluding] = useState<SurveyResponsePartsFragment | null>(null);
  const [decide, { loading }] = useMutation(DecideSurveyResponseDocument, {
    refetchQueries: [SurveyPeriodPageDocument],
  });
  const may = period.viewerMay.decide;
  const flagText = (response: SurveyResponsePartsFragment) =>
    response.flags
      .map((flag) => t(`surveys.flag.${flag}`, { seconds: response.secondsTaken ?? 0 }))
      .join('; ');
  const standing = (response: SurveyResponsePartsFragment) =>
    response.excluded && response.exclusionReason
      ? t('surveys.excludedBecause', { reason: t(`surveys.reason.${response.exclusionReason}`) })
      : response.decided
        ? t('surveys.kept')
        : t('surveys.undecided');
  const columns: Column<SurveyResponsePartsFragment>[] = [
    {
      key: 'received',
      header: t('surveys.receivedAt'),
      cell: (response) => formatDateTime(response.receivedAt, locale, zone),
    },
    { key: 'service', header: t('surveys.service'), cell: (response) => response.serviceType ?? '' },
    { key: 'flags', header: t('surveys.flags'), cell: flagText },
    { key: 'standing', header: t('surveys.standing'), cell: standing },
    {
      key: 'decide',
      header: '',
      cell: (response) =>
        may && (
          <span className="inline">
            {!response.excluded && (
              <button
                type="button"
                className="button button--secondary button--small"
                data-testid="survey-exclude"
                onClick={() => setExcluding(response)}
              >
                {t('surveys.exclude')}
              </button>
            )}
            {(response.excluded || !response.decided) && (
              <button
                type="button"
                className="button button--secondary button--small"
                data-testid="survey-keep"
                disabled={loading}
                onClick={() =>
                  void decide({ variables: { input: { responseId: response.id, excluded: false } } })
                }
              >
                {t('surveys.keep')}
              </button>
            )}
          </span>
        ),
    },
  ];
  return (
    <section className="section" aria-labelledby={headingId} data-testid="survey-to-decide">
      <h2 id={headingId}>{t('surveys.toDecide')}</h2>
      {period.responses.length === 0 ? (
        <p className="empty-state">{t('surveys.noneToDecide')}</p>
      ) : (
        <DataTable
          caption={t('surveys.toDecide')}
          columns={columns}
          rows={period.responses}
          rowKey={(response) => response.id}
          rowTestId="survey-response-row"
        />
      )}
      {excluding && <ExcludeDialog response={excluding} onClose={() => setExcluding(null)} />}
    </section>
  );
}

type Field = 'reason' | 'note';

/** Leaves one response out: a reason from the list, and a note when the reason is another one. */
function ExcludeDialog({
  response,
  onClose,
}: {
  response: SurveyResponsePartsFragment;
  onClose: () => void;
}) {
  const t = useT();
  const [decide, mutation] = useMutation(DecideSurveyResponseDocument, {
    refetchQueries: [SurveyPeriodPageDocument],
  });
  const form = useRecordForm({
    initial: () => ({ reason: '' as ExclusionReason | '', note: '' }),
    problemsOf: (values) => {
      const problems: Partial<Record<Field, 'surveys.required'>> = {};
      if (!values.reason) problems.reason = 'surveys.required';
      if (values.reason === 'OTHER' && !values.note.trim()) problems.note = 'surveys.required';
      return problems;
    },
    problemText: (problem: 'surveys.required') => t(problem),
    fieldOf: (apiField) => (apiField === 'exclusionReason' ? 'reason' : apiField === 'note' ? 'note' : null),
    mutation,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check() || !form.values.reason) return;
    const result = await decide({
      variables: {
        input: {
          responseId: response.id,
          excluded: true,
          exclusionReason: form.values.reason,
          note: form.values.note.trim() || null,
        },
      },
    });
    if (result.data) onClose();
  }

  return (
    <Dialog title={t('surveys.confirmExclude')} open onClose={onClose} testId="survey-exclude-dialog">
      <form
        className="dialog__form"
        onSubmit={(event) => void submit(event).catch(() => undefined)}
        noValidate
      >
        <label className="field">
          <span className="field__label">{t('surveys.reasonLabel')}</span>
          <select
            className="field__control"
            value={form.values.reason}
            aria-invalid={form.problemOf('reason') ? true : undefined}
            data-testid="survey-exclude-reason"
            onChange={(event) => form.change('reason', event.target.value as ExclusionReason)}
          >
            <option value="" />
            {EXCLUSION_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`surveys.reason.${reason}`)}
              </option>
            ))}
          </select>
          {form.problemOf('reason') && <span className="field__error">{form.problemOf('reason')}</span>}
        </label>
        <TextAreaField
          label={t('surveys.noteLabel')}
          hint={t('surveys.noteHint')}
          error={form.problemOf('note')}
          testId="survey-exclude-note"
          rows={2}
          value={form.values.note}
          onChange={(value) => form.change('note', value)}
        />
        <FormFooter
          error={form.formError}
          label={t('surveys.confirmExclude')}
          busyLabel={t('surveys.excluding')}
          busy={form.loading}
          submitTestId="survey-exclude-submit"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
