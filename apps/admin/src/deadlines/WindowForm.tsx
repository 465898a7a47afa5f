import { useMutation, useQuery } from '@apollo/client/react';
import { AssessmentWindowDocument, SetAssessmentWindowDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { inputErrorOf, refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { storeSavedWindow } from './deadline-cache';
import { type WindowDates, type WindowField, windowProblems } from './deadlines';

/** For admins: the filling and evaluation deadlines of a year in their instansi, to read and set. */
export function WindowForm({ year }: { year: number }) {
  const t = useT();
  const headingId = useId();
  const describe = useRefusalText();
  const { data, error } = useQuery(AssessmentWindowDocument, { variables: { year } });
  return (
    <section className="window-form card" aria-labelledby={headingId} data-testid="window-form">
      <h2 id={headingId}>{t('deadlines.formTitle', { year: String(year) })}</h2>
      <p className="field__hint">{t('deadlines.formIntro')}</p>
      {error && (
        <p className="field__error" role="alert">
          {describe(refusalOf(error))}
        </p>
      )}
      {data && <WindowFields key={year} year={year} saved={data.assessmentWindow} />}
    </section>
  );
}

function WindowFields({ year, saved }: { year: number; saved: WindowDates | null }) {
  const t = useT();
  const describe = useRefusalText();
  const fillId = useId();
  const reviewId = useId();
  const [dates, setDates] = useState<WindowDates>({
    fillUntil: saved?.fillUntil ?? '',
    reviewUntil: saved?.reviewUntil ?? '',
  });
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState(false);
  const [save, { loading, error, reset }] = useMutation(SetAssessmentWindowDocument);
  const problems = checked ? windowProblems(dates) : {};
  const refused = error ? inputErrorOf(error) : null;

  const problemOf = (field: WindowField): string | null => {
    const problem = problems[field];
    if (problem) return t(problem === 'required' ? 'deadlines.dateRequired' : 'deadlines.reviewBeforeFill');
    return refused?.field === field ? describe(refused.refusal) : null;
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    setDone(false);
    if (Object.keys(windowProblems(dates)).length > 0) return;
    await save({
      variables: { input: { year, ...dates } },
      update: (cache, { data: result }) => {
        if (result) storeSavedWindow(cache, year, result.setAssessmentWindow);
      },
    });
    setDone(true);
  }

  const change = (field: WindowField, value: string) => {
    reset();
    setDone(false);
    setDates((previous) => ({ ...previous, [field]: value }));
  };

  const field = (id: string, name: WindowField, label: string) => {
    const problem = problemOf(name);
    return (
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          className="field__control"
          type="date"
          value={dates[name]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          data-testid={`window-${name}`}
          onChange={(event) => change(name, event.target.value)}
        />
        {problem && (
          <p className="field__error" id={`${id}-error`} data-testid={`window-${name}-error`}>
            {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    // The failure is shown from the mutation's `error`.
    <form
      className="window-form__fields"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      {field(fillId, 'fillUntil', t('deadlines.fillUntil'))}
      {field(reviewId, 'reviewUntil', t('deadlines.reviewUntil'))}
      <button type="submit" className="button" disabled={loading} data-testid="window-save">
        {loading ? t('deadlines.saving') : t('deadlines.save')}
      </button>
      {refused && !refused.field && (
        <p className="field__error window-form__error" role="alert" data-testid="window-error">
          {describe(refused.refusal)}
        </p>
      )}
      <p className="window-form__done" role="status" data-testid="window-saved">
        {done && t('deadlines.saved')}
      </p>
    </form>
  );
}
