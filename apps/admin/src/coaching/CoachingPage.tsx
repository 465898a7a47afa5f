import { useDocumentTitle, useT } from '@zi/ui';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../auth/SignedIn';
import { jakartaToday } from '../deadlines/deadlines';
import { CoachingCalendar } from './CoachingCalendar';
import { CoachingList } from './CoachingList';
import { COACHING_VIEWS, coachingSearch, parseCoachingParams } from './coaching-params';
import { ScheduleDialog } from './ScheduleDialog';

/** Coaching and socialisation sessions: a month's calendar or a period's list; the Inspektorat schedules them. */
export function CoachingPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('coaching.title'));
  const viewer = useViewer();
  const today = jakartaToday();
  const [search, setSearch] = useSearchParams();
  const params = parseCoachingParams(search, today);
  const [scheduling, setScheduling] = useState(false);

  return (
    <section data-testid="coaching-page">
      <h1>{t('coaching.title')}</h1>
      <p className="page-intro">{t(viewer.unit ? 'coaching.introUnit' : 'coaching.introInspektorat')}</p>
      {viewer.may.scheduleCoachingSession && (
        <p>
          <button
            type="button"
            className="button"
            data-testid="schedule-open"
            onClick={() => setScheduling(true)}
          >
            {t('coaching.scheduleTitle')}
          </button>
        </p>
      )}
      <nav className="segmented" aria-label={t('coaching.views')}>
        {COACHING_VIEWS.map((view) => (
          <Link
            key={view}
            className="segmented__item"
            to={{ search: coachingSearch({ ...params, view }, today).toString() }}
            aria-current={params.view === view ? 'page' : undefined}
            data-testid={`coaching-view-${view}`}
          >
            {t(`coaching.view.${view}`)}
          </Link>
        ))}
      </nav>
      {params.view === 'calendar' ? (
        <CoachingCalendar params={params} today={today} />
      ) : (
        <CoachingList
          key={`${params.from}/${params.to}`}
          params={params}
          onPeriod={(period) => setSearch(coachingSearch({ ...params, ...period }, today))}
        />
      )}
      <ScheduleDialog open={scheduling} onClose={() => setScheduling(false)} />
    </section>
  );
}
