import type { authId } from './messages.id';

export const authEn: Record<keyof typeof authId, string> = {
  'login.title': 'Sign in',
  'login.intro': 'For Inspectorate staff, TPI evaluators and work unit operators.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.failed': 'Sign-in failed',
  'login.sessionEnded': 'Your session has ended. Please sign in again.',
  'user.logout': 'Sign out',
};
