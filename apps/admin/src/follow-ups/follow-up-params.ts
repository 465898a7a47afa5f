import type { FollowUpFilter } from '@zi/schema/admin';
import { oneOf } from '@zi/ui';

/** The lists the follow-ups page offers, from what needs doing to everything. */
export const FOLLOW_UP_VIEWS = ['open', 'overdue', 'awaiting', 'verified', 'all'] as const;
export type FollowUpView = (typeof FOLLOW_UP_VIEWS)[number];

const DEFAULT_VIEW: FollowUpView = 'open';

/** What the follow-ups page shows, as kept in its URL. */
export interface FollowUpParams {
  view: FollowUpView;
  /** A monitoring round's ID: only the follow-ups of its findings. */
  round: string | null;
  unit: string | null;
  /** The cursor of the page shown; null on the first page. */
  after: string | null;
}

/** `?overdue=1`, as the dashboard links here, is the overdue view. */
export function parseFollowUpParams(search: URLSearchParams): FollowUpParams {
  const overdue = search.get('overdue') === '1' ? 'overdue' : null;
  return {
    view: oneOf(FOLLOW_UP_VIEWS, search.get('view')) ?? overdue ?? DEFAULT_VIEW,
    round: search.get('round') || null,
    unit: search.get('unit') || null,
    after: search.get('after') || null,
  };
}

/** The query string of a state, without the defaults so shared links stay short. */
export function followUpSearch(params: FollowUpParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.view !== DEFAULT_VIEW) search.set('view', params.view);
  if (params.round) search.set('round', params.round);
  if (params.unit) search.set('unit', params.unit);
  if (params.after) search.set('after', params.after);
  return search;
}

const VIEW_FILTERS: Record<FollowUpView, FollowUpFilter> = {
  open: { status: ['OPEN', 'IN_PROGRESS', 'DONE'] },
  overdue: { overdue: true },
  awaiting: { status: ['DONE'] },
  verified: { status: ['VERIFIED'] },
  all: {},
};

export function followUpFilter(params: FollowUpParams): FollowUpFilter {
  const filter: FollowUpFilter = { ...VIEW_FILTERS[params.view] };
  if (params.round) filter.roundId = params.round;
  if (params.unit) filter.unitId = params.unit;
  return filter;
}

/**
 * The overdue ones first, the others after them; each part keeps the API's order, by due date.
 * A page is sorted on its own: the overdue view lists all of them across pages.
 */
export function byUrgency<T extends { overdue: boolean }>(items: readonly T[]): T[] {
  return [...items.filter((item) => item.overdue), ...items.filter((item) => !item.overdue)];
}
