import type { CoachingSessionItemFragment } from '@zi/schema/admin';
import { useLocale, useT } from '@zi/ui';
import { Link } from 'react-router';
import { useTimeZone } from '../auth/useTimeZone';
import {
  byStartDay,
  clockIn,
  dayLabel,
  monthTitle,
  monthWeeks,
  weekdayNames,
  zoneName,
} from '../time/zone-time';

interface MonthCalendarProps {
  /** `YYYY-MM`. */
  month: string;
  /** Today in Jakarta, marked as such. */
  today: string;
  sessions: readonly CoachingSessionItemFragment[];
}

/** A month's sessions on a grid of weeks, Monday first, each at its start time in Jakarta. */
export function MonthCalendar({ month, today, sessions }: MonthCalendarProps) {
  const t = useT();
  const [locale] = useLocale();
  const zone = useTimeZone();
  const days = byStartDay(sessions, zone);
  const short = weekdayNames(locale, 'short');
  const long = weekdayNames(locale, 'long');
  return (
    <table className="calendar" data-testid="calendar">
      <caption className="calendar__title">
        {monthTitle(month, locale)}{' '}
        <span className="muted">({t('coaching.timeZone', { zone: zoneName(zone) })})</span>
      </caption>
      <thead>
        <tr>
          {short.map((name, index) => (
            <th key={name} scope="col">
              <abbr title={long[index]}>{name}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const daySessions = days.get(day) ?? [];
              const classes = ['calendar__day'];
              if (!day.startsWith(month)) classes.push('calendar__day--other');
              if (daySessions.length === 0) classes.push('calendar__day--empty');
              return (
                <td
                  key={day}
                  className={classes.join(' ')}
                  aria-current={day === today ? 'date' : undefined}
                  data-testid="calendar-day"
                  data-day={day}
                >
                  <time className="calendar__date" dateTime={day}>
                    <span aria-hidden="true">{Number(day.slice(8))}</span>
                    <span className="calendar__full-date">{dayLabel(day, locale)}</span>
                  </time>
                  {daySessions.length > 0 && (
                    <ul className="calendar__sessions">
                      {daySessions.map((session) => (
                        <li key={session.id}>
                          <Link
                            to={`/pendampingan/${session.id}`}
                            className={`calendar__session calendar__session--${session.kind.toLowerCase()}`}
                            data-testid="calendar-session"
                          >
                            <span className="calendar__time">{clockIn(session.startsAt, locale, zone)}</span>{' '}
                            <span className="visually-hidden">{t(`coachingKind.${session.kind}`)}: </span>
                            {session.topic}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
