import type { authRefusalId } from './auth-refusals.id';

export const authRefusalEn: Record<keyof typeof authRefusalId, string> = {
  WRONG_CREDENTIALS: 'Email or password is incorrect.',
  TOO_MANY_LOGINS: 'Too many failed logins for this account. Try again in {wait}.',
  TOO_MANY_LOGINS_FROM_ADDRESS:
    'Too many failed logins from this network address. Try again in {wait}, or from a browser you have logged in with before.',
};
