import { useMutation } from '@apollo/client/react';
import { OpenSurveyPeriodDocument, SurveyPeriodsDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useId } from 'react';
import { useNavigate } from 'react-router';
import { useViewer } from '../auth/SignedIn';
import { jakartaToday } from '../deadlines/deadlines';
import { FormError } from '../forms/FormError';
import { InputField } from '../forms/InputField';
import { SubmitButton } from '../forms/SubmitButton';
import { TextAreaField } from '../forms/TextAreaField';
import { useRecordForm } from '../forms/useRecordForm';
import type { UnitChoice } from '../users/person-form';
import { UnitSearch } from '../users/UnitSearch';

interface PeriodValues {
  unit: UnitChoice | null;
  title: string;
  startsOn: string;
  endsOn: string;
  serviceTypes: string;
  serviceUsers: string;
  year: string;
}
type PeriodField = keyof PeriodValues;
type Problem = 'surveys.required' | 'surveys.notAWholeNumber';

const FIELDS: Readonly<Record<string, PeriodField>> = {
  unitId: 'unit',
  title: 'title',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  serviceTypes: 'serviceTypes',
  serviceUsers: 'serviceUsers',
  year: 'year',
};

function problemsOf(values: PeriodValues): Partial<Record<PeriodField, Problem>> {
  const problems: Partial<Record<PeriodField, Problem>> = {};
  if (!values.unit) problems.unit = 'surveys.required';
  if (!values.title.trim()) problems.title = 'surveys.required';
  if (!values.startsOn) problems.startsOn = 'surveys.required';
  if (!values.endsOn) problems.endsOn = 'surveys.required';
  if (values.serviceUsers.trim() && !/^\d+$/.test(values.serviceUsers.trim()))
    problems.serviceUsers = 'surveys.notAWholeNumber';
  if (!/^\d{4}$/.test(values.year.trim())) problems.year = 'surveys.notAWholeNumber';
  return problems;
}

/** Opens a period for the operator's own unit, or, for the Inspektorat, for a unit it finds; then goes to it. */
export function OpenPeriodForm() {
  const t = useT();
  const headingId = useId();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [open, mutation] = useMutation(OpenSurveyPeriodDocument);
  const today = jakartaToday();
  const form = useRecordForm({
    initial: (): PeriodValues => ({
      unit: viewer.unit ? { id: viewer.unit.id, name: viewer.unit.name } : null,
      title: '',
      startsOn: today,
      endsOn: today,
      serviceTypes: '',
      serviceUsers: '',
      year: today.slice(0, 4),
    }),
    problemsOf,
    problemText: (problem: Problem) => t(problem),
    fieldOf: (apiField) => (apiField ? (FIELDS[apiField] ?? null) : null),
    mutation,
  });
  const { values, change, problemOf } = form;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check() || !values.unit) return;
    const result = await open({
      variables: {
        input: {
          unitId: values.unit.id,
          title: values.title.trim(),
          startsOn: values.startsOn,
          endsOn: values.endsOn,
          serviceTypes: values.serviceTypes
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          serviceUsers: values.serviceUsers.trim() ? Number(values.serviceUsers.trim()) : null,
          year: Number(values.year.trim()),
        },
      },
      refetchQueries: [SurveyPeriodsDocument],
    });
    if (result.data) navigate(`/survei/${result.data.openSurveyPeriod.id}`);
  }

  return (
    <section className="card survey-open" aria-labelledby={headingId} data-testid="open-survey-period">
      <h2 id={headingId}>{t('surveys.openTitle')}</h2>
      <p className="field__hint">{t('surveys.openIntro')}</p>
      <form onSubmit={(event) => void submit(event).catch(() => undefined)} noValidate>
        {viewer.unit ? (
          <p>
            <strong>{t('surveys.chooseUnit')}:</strong> {viewer.unit.name}
          </p>
        ) : (
          <fieldset className="survey-open__unit">
            <legend>{t('surveys.chooseUnit')}</legend>
            {values.unit && <p data-testid="survey-unit-chosen">{values.unit.name}</p>}
            <UnitSearch
              chosen={values.unit ? [values.unit] : []}
              onToggle={(unit) => change('unit', values.unit?.id === unit.id ? null : unit)}
              testId="survey-unit"
            />
            {problemOf('unit') && <p className="field__error">{problemOf('unit')}</p>}
          </fieldset>
        )}
        <InputField
          label={t('surveys.periodTitle')}
          hint={t('surveys.periodTitleHint')}
          error={problemOf('title')}
          testId="survey-title"
          value={values.title}
          onChange={(value) => change('title', value)}
        />
        <div className="survey-open__dates">
          <InputField
            type="date"
            label={t('surveys.startsOn')}
            error={problemOf('startsOn')}
            testId="survey-starts"
            value={values.startsOn}
            onChange={(value) => change('startsOn', value)}
          />
          <InputField
            type="date"
            label={t('surveys.endsOn')}
            error={problemOf('endsOn')}
            testId="survey-ends"
            value={values.endsOn}
            onChange={(value) => change('endsOn', value)}
          />
        </div>
        <InputField
          label={t('surveys.lkeYear')}
          error={problemOf('year')}
          testId="survey-year"
          value={values.year}
          onChange={(value) => change('year', value)}
        />
        <TextAreaField
          label={t('surveys.serviceTypes')}
          hint={t('surveys.serviceTypesHint')}
          error={problemOf('serviceTypes')}
          testId="survey-services"
          rows={4}
          value={values.serviceTypes}
          onChange={(value) => change('serviceTypes', value)}
        />
        <InputField
          label={t('surveys.serviceUsers')}
          hint={t('surveys.serviceUsersHint')}
          error={problemOf('serviceUsers')}
          testId="survey-users"
          value={values.serviceUsers}
          onChange={(value) => change('serviceUsers', value)}
        />
        <FormError error={form.formError} testId="open-survey-error" />
        <SubmitButton
          label={t('surveys.openSubmit')}
          busyLabel={t('surveys.opening')}
          busy={form.loading}
          testId="open-survey-submit"
        />
      </form>
    </section>
  );
}
