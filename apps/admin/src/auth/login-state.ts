import type { PortalHome } from '@zi/schema/admin';
import type { Location } from 'react-router';

/** What the sign-in page is told by the page that sent the visitor there. */
export interface LoginState {
  /** Where to return after signing in. */
  from?: Pick<Location, 'pathname' | 'search'>;
  sessionEnded?: boolean;
}

export function loginStateOf(state: unknown): { returnTo: string; sessionEnded: boolean } {
  const { from, sessionEnded } = (state ?? {}) as LoginState;
  const returnTo =
    typeof from?.pathname === 'string' && from.pathname !== '/login'
      ? `${from.pathname}${typeof from.search === 'string' ? from.search : ''}`
      : '/';
  return { returnTo, sessionEnded: sessionEnded === true };
}

/** Each start page the API names (`User.home`), as the portal's path. */
const HOME_PATHS: Record<PortalHome, string> = { UNITS: '/', QUEUE: '/antrian' };

/** Where a person lands after signing in: the page that sent them, or their own start page. */
export const landingOf = (returnTo: string, home: PortalHome) =>
  returnTo === '/' ? HOME_PATHS[home] : returnTo;
