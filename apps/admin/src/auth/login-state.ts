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
