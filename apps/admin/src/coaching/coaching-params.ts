import { oneOf } from '@zi/ui';
import { addDays, monthOf } from '../time/zone-time';

export const COACHING_VIEWS = ['calendar', 'list'] as const;
type CoachingView = (typeof COACHING_VIEWS)[number];

/** What the coaching page shows, as kept in its URL: a month's calendar, or a period's list. */
export interface CoachingParams {
  view: CoachingView;
  /** `YYYY-MM`. */
  month: string;
  /** The list's first and last days, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null, fallback: string) => (value && LOCAL_DATE.test(value) ? value : fallback);

/** By default the calendar of this month, and a list from a month back to half a year ahead. */
export function parseCoachingParams(search: URLSearchParams, today: string): CoachingParams {
  return {
    view: oneOf(COACHING_VIEWS, search.get('view')) ?? 'calendar',
    month: monthOf(search.get('month'), today),
    from: day(search.get('from'), addDays(today, -30)),
    to: day(search.get('to'), addDays(today, 180)),
  };
}

/** The query string of a state, without the defaults so shared links stay short. */
export function coachingSearch(params: CoachingParams, today: string): URLSearchParams {
  const defaults = parseCoachingParams(new URLSearchParams(), today);
  const search = new URLSearchParams();
  if (params.view !== defaults.view) search.set('view', params.view);
  if (params.view === 'calendar' && params.month !== defaults.month) search.set('month', params.month);
  if (params.view === 'list' && params.from !== defaults.from) search.set('from', params.from);
  if (params.view === 'list' && params.to !== defaults.to) search.set('to', params.to);
  return search;
}
