import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { SessionCookie } from '../common/context.js';

export const SESSION_COOKIE = 'zi_session';
/** A browser that logged in before (decision 0031). */
export const DEVICE_COOKIE = 'zi_device';

export function sessionTokenOf(request: Request): string | undefined {
  const header = request.headers.cookie;
  return header ? parseCookie(header)[SESSION_COOKIE] : undefined;
}

/** httpOnly, SameSite=Lax, scoped to the admin API, Secure outside development. */
export function sessionCookieFor(response: Response, secure: boolean): SessionCookie {
  const base = { httpOnly: true, sameSite: 'lax', secure, path: '/admin' } as const;
  return {
    set: (token, expiresAt) =>
      response.append(
        'Set-Cookie',
        stringifySetCookie({ ...base, name: SESSION_COOKIE, value: token, expires: expiresAt }),
      ),
    clear: () =>
      response.append(
        'Set-Cookie',
        stringifySetCookie({ ...base, name: SESSION_COOKIE, value: '', expires: new Date(0) }),
      ),
    deviceToken: () => {
      const header = response.req.headers.cookie;
      return header ? parseCookie(header)[DEVICE_COOKIE] : undefined;
    },
    setDevice: (token, expiresAt) =>
      response.append(
        'Set-Cookie',
        stringifySetCookie({ ...base, name: DEVICE_COOKIE, value: token, expires: expiresAt }),
      ),
  };
}
