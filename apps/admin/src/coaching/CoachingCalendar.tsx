import { useQuery } from '@apollo/client/react';
import { CoachingSessionsDocument } from '@zi/schema/admin';
import { Loading, useT } from '@zi/ui';
import { Link } from 'react-router';
import { ApiError } from '../ApiError';
import { useTimeZone } from '../auth/useTimeZone';
import { monthWeeks, shiftMonth, weeksRange } from '../time/zone-time';
import { type CoachingParams, coachingSearch } from './coaching-params';
import { MonthCalendar } from './MonthCalendar';

interface CoachingCalendarProps {
  params: CoachingParams;
  today: string;
}

/** The month's calendar of sessions, with the way to the months before and after. */
export function CoachingCalendar({ params, today }: CoachingCalendarProps) {
  const t = useT();
  const zone = useTimeZone();
  const { from, to } = weeksRange(monthWeeks(params.month), zone);
  const { data, error, refetch } = useQuery(CoachingSessionsDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  const monthLink = (month: string) => ({ search: coachingSearch({ ...params, month }, today).toString() });

  return (
    <section aria-label={t('coaching.calendar')}>
      <nav className="calendar-nav" aria-label={t('coaching.months')}>
        <Link to={monthLink(shiftMonth(params.month, -1))} data-testid="month-previous">
          ← {t('coaching.previousMonth')}
        </Link>
        <Link to={monthLink(today.slice(0, 7))} data-testid="month-current">
          {t('coaching.thisMonth')}
        </Link>
        <Link to={monthLink(shiftMonth(params.month, 1))} data-testid="month-next">
          {t('coaching.nextMonth')} →
        </Link>
      </nav>
      {error ? (
        <ApiError error={error} onRetry={() => void refetch()} />
      ) : data ? (
        <>
          <MonthCalendar month={params.month} today={today} sessions={data.coachingSessions} />
          {data.coachingSessions.length === 0 && (
            <p className="empty-state" data-testid="calendar-empty">
              {t('coaching.noSessionsMonth')}
            </p>
          )}
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
