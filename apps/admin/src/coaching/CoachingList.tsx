import { useQuery } from '@apollo/client/react';
import { CoachingSessionsDocument } from '@zi/schema/admin';
import { hasErrorCode, Loading, useT } from '@zi/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../ApiError';
import { useTimeZone } from '../auth/useTimeZone';
import { Field } from '../monitoring/Field';
import { required } from '../monitoring/form-errors';
import { useFieldErrors } from '../monitoring/useFieldErrors';
import { addDays, dayStart } from '../time/zone-time';
import type { CoachingParams } from './coaching-params';
import { SessionTable } from './SessionTable';

const FIELDS = new Set(['from', 'to']);

interface CoachingListProps {
  params: CoachingParams;
  onPeriod: (period: Pick<CoachingParams, 'from' | 'to'>) => void;
}

/** The sessions of a period, first day to last day inclusive; the API says when a period cannot be. */
export function CoachingList({ params, onPeriod }: CoachingListProps) {
  const t = useT();
  const zone = useTimeZone();
  const [from, setFrom] = useState(params.from);
  const [to, setTo] = useState(params.to);
  const [checked, setChecked] = useState(false);
  const { data, error, refetch } = useQuery(CoachingSessionsDocument, {
    variables: { from: dayStart(params.from, zone), to: dayStart(addDays(params.to, 1), zone) },
    fetchPolicy: 'cache-and-network',
  });
  // A period the API refuses is said beside its field; any other failure in place of the list.
  const refused = error && hasErrorCode(error, 'BAD_USER_INPUT') ? error : null;
  const missing = Object.entries({ from, to }).flatMap(([field, day]) => (day ? [] : [field]));
  const errors = useFieldErrors(required(checked ? missing : []), refused, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (missing.length === 0) onPeriod({ from, to });
  };

  let content: ReactNode = <Loading />;
  if (refused) {
    content = errors.general && (
      <p className="field__error" role="alert">
        {errors.general}
      </p>
    );
  } else if (error) content = <ApiError error={error} onRetry={() => void refetch()} />;
  else if (data?.coachingSessions.length === 0) {
    content = (
      <p className="empty-state" data-testid="sessions-empty">
        {t('coaching.noSessionsPeriod')}
      </p>
    );
  } else if (data) content = <SessionTable sessions={data.coachingSessions} />;

  return (
    <section aria-label={t('coaching.list')}>
      <form className="period-form" noValidate onSubmit={submit}>
        <Field label={t('coaching.from')} error={errors.at('from')} testId="period-from">
          {(control) => (
            <input
              {...control}
              className="field__control"
              type="date"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('coaching.to')} error={errors.at('to')} testId="period-to">
          {(control) => (
            <input
              {...control}
              className="field__control"
              type="date"
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" data-testid="period-show">
          {t('coaching.showPeriod')}
        </button>
      </form>
      {content}
    </section>
  );
}
