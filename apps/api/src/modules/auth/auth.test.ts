import {
  LoginDocument,
  LogoutDocument,
  MatchingUnitCountDocument,
  MeDocument,
  PickedUnitDocument,
  RegistryUnitsDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import { createTestApp, errorCodes, graphql, type TestApp } from '../../test/harness.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { loginSubject } from './login-throttle.js';

let app: TestApp;
let endpoint: string;

beforeAll(async () => {
  app = await createTestApp();
  endpoint = `${app.url}/admin/graphql`;
});
afterAll(() => app.close());

/** How many units the cookie's viewer may see: refused without a session. */
const unitCount = (cookie?: string) => graphql(endpoint, MatchingUnitCountDocument, { filter: {} }, cookie);

async function login(email: string, password = DEMO_PASSWORD) {
  const response = await graphql(endpoint, LoginDocument, { input: { email, password } });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { response, setCookie, cookie: setCookie.split(';')[0] ?? '' };
}

describe('login and sessions', () => {
  it('sets an httpOnly, SameSite=Lax session cookie scoped to /admin', async () => {
    const { response, setCookie } = await login('admin@demo.zi.id');
    expect(response.data?.login).toMatchObject({ email: 'admin@demo.zi.id', role: 'ADMIN' });
    expect(setCookie).toMatch(/^zi_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\/admin/);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it('knows the viewer through the cookie, and forgets them after logout', async () => {
    const { cookie } = await login('operator@demo.zi.id');
    const me = await graphql(endpoint, MeDocument, {}, cookie);
    expect(me.data?.me).toMatchObject({ role: 'UNIT_OPERATOR', instansi: null });
    expect(me.data?.me?.unit?.name).toContain('Pelayanan Terpadu Satu Pintu');

    const logout = await graphql(endpoint, LogoutDocument, {}, cookie);
    expect(logout.data?.logout).toBe(true);
    expect(logout.headers.get('set-cookie')).toMatch(/zi_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await graphql(endpoint, MeDocument, {}, cookie)).data?.me).toBeNull();
    expect(errorCodes(await unitCount(cookie))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrongPassword = await login('evaluator@demo.zi.id', 'wrong-password');
    const unknownEmail = await login('nobody@demo.zi.id', 'wrong-password');
    expect(wrongPassword.response.errors).toEqual(unknownEmail.response.errors);
    expect(errorCodes(wrongPassword.response)).toEqual(['UNAUTHENTICATED']);
    expect(wrongPassword.response.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
    expect(wrongPassword.setCookie).toBe('');
  });

  it('validates the login input and names the field', async () => {
    const response = await graphql(endpoint, LoginDocument, {
      input: { email: 'not-an-email', password: 'x' },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(response.errors?.[0]?.message).toMatch(/email/);
  });

  it('slows down and then refuses repeated failures for one account, known or not', async () => {
    for (const email of ['admin@demo.zi.id', 'ghost@demo.zi.id']) {
      const subject = loginSubject(email);
      // One real failure says how this client is counted; make it ten, the first five minutes ago.
      await login(email, 'wrong-password');
      await app.dataSource.query(
        `UPDATE login_throttle SET failures = 10, window_started_at = now() - interval '5 minutes'
         WHERE subject = $1 AND client <> '*'`,
        [subject],
      );
      const refused = await login(email);
      expect(errorCodes(refused.response)).toEqual(['TOO_MANY_REQUESTS']);
      // Until the oldest failure from here leaves the 15-minute window: ten minutes.
      expect(refused.response.errors?.[0]?.extensions).toMatchObject({
        reason: 'TOO_MANY_LOGINS',
        minutes: 10,
      });
      expect(refused.response.errors?.[0]?.message).toMatch(/Try again in 10 minutes/);
      await app.dataSource.query('DELETE FROM login_throttle WHERE subject = $1', [subject]);
    }
  });

  it('never locks an account out for its owner because of failures from elsewhere', async () => {
    const subject = loginSubject('operator@demo.zi.id');
    await app.dataSource.query(
      `INSERT INTO login_throttle (subject, client, failures) VALUES ($1, 'ip:203.0.113.9', 10)`,
      [subject],
    );
    const owner = await login('operator@demo.zi.id');
    expect(owner.response.errors).toBeUndefined();
    expect(owner.cookie).not.toBe('');
    await app.dataSource.query('DELETE FROM login_throttle WHERE subject = $1', [subject]);
  });

  it('records logins and logouts in the hash-chained audit log', async () => {
    const { cookie } = await login('evaluator@demo.zi.id');
    await graphql(endpoint, LogoutDocument, {}, cookie);
    const actions = (await app.dataSource.query('SELECT action FROM audit_event ORDER BY id')) as {
      action: string;
    }[];
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['seed.demo', 'auth.login', 'auth.logout']),
    );
    expect(await verifyAuditChain(app.dataSource.manager)).toBeNull();
  });
});

describe('admin authorization', () => {
  it('refuses admin data to anonymous callers', async () => {
    const response = await unitCount();
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data).toBeNull();
  });

  it("scopes units to the viewer: the admin's instansi, the evaluator's assignments, the operator's unit", async () => {
    const totals: Record<string, number> = {};
    for (const email of ['admin@demo.zi.id', 'evaluator@demo.zi.id', 'operator@demo.zi.id']) {
      const { cookie } = await login(email);
      totals[email] = (await unitCount(cookie)).data?.units.totalCount ?? 0;
    }
    expect(totals).toEqual({ 'admin@demo.zi.id': 253, 'evaluator@demo.zi.id': 10, 'operator@demo.zi.id': 1 });
  });

  it('hides a unit outside the scope, as if it did not exist', async () => {
    const admin = await login('admin@demo.zi.id');
    const all = await graphql(endpoint, RegistryUnitsDocument, { first: 2, archived: false }, admin.cookie);
    const operator = await login('operator@demo.zi.id');
    const own = (await graphql(endpoint, MeDocument, {}, operator.cookie)).data?.me?.unit?.id ?? '';
    const other = all.data?.units.edges.find(({ node }) => node.id !== own)?.node.id ?? '';
    expect(other).not.toBe('');
    const unit = (id: string) => graphql(endpoint, PickedUnitDocument, { id }, operator.cookie);
    expect((await unit(own)).data?.unit).toMatchObject({ id: own });
    expect((await unit(other)).data?.unit).toBeNull();
  });
});
