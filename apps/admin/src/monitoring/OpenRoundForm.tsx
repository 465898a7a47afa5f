import { useMutation } from '@apollo/client/react';
import {
  MonitoringRoundsDocument,
  OpenMonitoringRoundDocument,
  type RoundHeadFragment,
} from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { jakartaToday } from '../deadlines/deadlines';
import { Field } from './Field';
import { NO_PROBLEMS } from './form-errors';
import { type Quarter, quarterName, quarterOf, unopenedQuarters } from './quarters';
import { useFieldErrors } from './useFieldErrors';

const FIELDS = new Set(['year', 'quarter']);
const keyOf = ({ year, quarter }: Quarter) => `${year}-${quarter}`;

/**
 * For the Inspektorat: opens the round of a quarter that has none yet, the current one first, and
 * goes to it. Nothing to show once every quarter begun has its round.
 */
export function OpenRoundForm({ rounds }: { rounds: readonly RoundHeadFragment[] }) {
  const t = useT();
  const headingId = useId();
  const navigate = useNavigate();
  const current = quarterOf(jakartaToday());
  const quarters = unopenedQuarters(rounds, current);
  const [chosen, setChosen] = useState(() => (quarters[0] ? keyOf(quarters[0]) : ''));
  const [open, { loading, error, reset }] = useMutation(OpenMonitoringRoundDocument);
  // A refusal names the year or the quarter: both are this one choice.
  const errors = useFieldErrors(NO_PROBLEMS, error, FIELDS);
  const selected = quarters.find((quarter) => keyOf(quarter) === chosen) ?? quarters[0];
  if (!selected) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selected) return;
    const result = await open({
      variables: { input: { year: selected.year, quarter: selected.quarter } },
      refetchQueries: [MonitoringRoundsDocument],
    });
    if (result.data) navigate(`/monev/${result.data.openMonitoringRound.id}`);
  }

  return (
    <section className="open-round card" aria-labelledby={headingId} data-testid="open-round">
      <h2 id={headingId}>{t('monitoring.openTitle')}</h2>
      <p className="field__hint">{t('monitoring.openIntro', { quarter: quarterName(t, current) })}</p>
      {/* The failure is shown from the mutation's `error`. */}
      <form className="open-round__fields" onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <Field
          label={t('monitoring.quarter')}
          error={errors.at('quarter') ?? errors.at('year')}
          testId="open-round-quarter"
        >
          {(control) => (
            <select
              {...control}
              className="field__control"
              value={keyOf(selected)}
              onChange={(event) => {
                reset();
                setChosen(event.target.value);
              }}
            >
              {quarters.map((quarter) => (
                <option key={keyOf(quarter)} value={keyOf(quarter)}>
                  {quarterName(t, quarter)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={loading} data-testid="open-round-submit">
          {loading
            ? t('monitoring.opening')
            : t('monitoring.openSubmit', { quarter: quarterName(t, selected) })}
        </button>
      </form>
      {errors.general && (
        <p className="field__error" role="alert" data-testid="open-round-error">
          {errors.general}
        </p>
      )}
    </section>
  );
}
