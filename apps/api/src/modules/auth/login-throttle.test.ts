import { LoginDocument, type LoginMutation } from '@zi/schema/admin';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { Db } from '../../db/db.js';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { addressClient, LoginThrottle, loginSubject, type ThrottleTimes } from './login-throttle.js';

let app: TestApp;
let endpoint: string;

/**
 * Staff of one Inspektorat, all with the demo password: pegawai1@… to pegawai200@…. Each test
 * uses its own, so that no test inherits another's failures for an account.
 */
const STAFF = 200;
const staff = (n: number) => `pegawai${n}@inspektorat.test`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

beforeAll(async () => {
  // Each test comes from its own addresses, so no test spends another's budget: as behind one
  // nginx, which appends the address it saw to X-Forwarded-For.
  app = await createTestApp({ trustProxy: loadConfig({ TRUST_PROXY: '1' }).trustProxy });
  endpoint = `${app.url}/admin/graphql`;
  await app.dataSource.query(
    `INSERT INTO app_user (name, email, password_hash, role, instansi_id)
     SELECT 'Pegawai ' || n, 'pegawai' || n || '@inspektorat.test', password_hash, 'evaluator', instansi_id
     FROM app_user, generate_series(1, $1) AS n WHERE email = 'admin@demo.zi.id'`,
    [STAFF],
  );
});
afterAll(() => app.close());

/** The portal's login, sent with fetch for the forwarded address and cookies a browser behind a proxy has. */
const LOGIN = print(LoginDocument);

interface Attempt {
  /** 'LOGGED_IN', or the refusal's reason. */
  outcome: string;
  message: string | undefined;
  extensions: Record<string, unknown> | undefined;
  /** The `zi_device` cookie the answer set, ready to send back. */
  device: string | null;
}

/** One login over HTTP from `address`, with the browser's cookies if any. */
async function login(
  email: string,
  password: string,
  address: string,
  cookie?: string | null,
): Promise<Attempt> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as {
    data?: LoginMutation | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  const device = response.headers.getSetCookie().find((line) => line.startsWith('zi_device='));
  const error = body.errors?.[0];
  return {
    outcome: body.data?.login?.email === email ? 'LOGGED_IN' : String(error?.extensions?.reason),
    message: error?.message,
    extensions: error?.extensions,
    device: device?.split(';')[0] ?? null,
  };
}

const tally = (attempts: Attempt[]) =>
  attempts.reduce<Record<string, number>>((counts, { outcome }) => {
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    return counts;
  }, {});

describe('login throttling under concurrency', () => {
  it('checks exactly 10 of 40 parallel wrong passwords for one account from one address', async () => {
    const guesses = await Promise.all(
      range(1, 40).map(() => login(staff(1), 'wrong-password', '198.51.100.1')),
    );
    // A wrong password is only said after it was checked: the refusals come before any check.
    expect(tally(guesses)).toEqual({ WRONG_CREDENTIALS: 10, TOO_MANY_LOGINS: 30 });
    expect(guesses.find((guess) => guess.outcome === 'TOO_MANY_LOGINS')?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      minutes: 15,
    });
    const [counted] = (await app.dataSource.query(
      `SELECT failures FROM login_throttle WHERE subject = encode(sha256(convert_to($1, 'UTF8')), 'hex') AND client = '*'`,
      [staff(1)],
    )) as { failures: number }[];
    expect(counted?.failures).toBe(10);
    // Even the right password is refused from there, and works from anywhere else.
    expect((await login(staff(1), DEMO_PASSWORD, '198.51.100.1')).outcome).toBe('TOO_MANY_LOGINS');
    expect((await login(staff(1), DEMO_PASSWORD, '203.0.113.1')).outcome).toBe('LOGGED_IN');
  });

  it('checks 30 of 60 guesses spread over 20 accounts from one address, then refuses the address', async () => {
    const guesses = await Promise.all(
      range(2, 21).flatMap((n) => range(1, 3).map(() => login(staff(n), 'wrong-password', '198.51.100.2'))),
    );
    expect(tally(guesses)).toEqual({ WRONG_CREDENTIALS: 30, TOO_MANY_LOGINS_FROM_ADDRESS: 30 });
    expect(
      guesses.find((guess) => guess.outcome === 'TOO_MANY_LOGINS_FROM_ADDRESS')?.extensions,
    ).toMatchObject({ code: 'TOO_MANY_REQUESTS', minutes: 15 });
    // Unknown emails are refused the same way: the refusal tells nothing about which exist.
    expect((await login('nobody@inspektorat.test', 'x', '198.51.100.2')).outcome).toBe(
      'TOO_MANY_LOGINS_FROM_ADDRESS',
    );
    expect((await login(staff(2), DEMO_PASSWORD, '203.0.113.2')).outcome).toBe('LOGGED_IN');
  });
});

describe('an office behind one address (NAT)', () => {
  const office = '198.51.100.3';

  it('does not count successes, and never locks out who logged in on their browser before', async () => {
    // Monday morning: 50 people log in with the right password.
    const morning = await Promise.all(range(22, 71).map((n) => login(staff(n), DEMO_PASSWORD, office)));
    expect(tally(morning)).toEqual({ LOGGED_IN: 50 });
    expect(morning.every((attempt) => attempt.device)).toBe(true);

    // None of those counted: the address still has all of its 30 failures, and not one more.
    const guesses = await Promise.all(
      range(72, 81).flatMap((n) => range(1, 3).map(() => login(staff(n), 'x', office))),
    );
    expect(tally(guesses)).toEqual({ WRONG_CREDENTIALS: 30 });
    // Past that, a browser that never logged in to the account from here is refused, right password or not.
    expect((await login(staff(72), DEMO_PASSWORD, office)).outcome).toBe('TOO_MANY_LOGINS_FROM_ADDRESS');

    // Everyone who logged in on this browser before still gets in with the right password.
    const later = await Promise.all(
      morning.map((attempt, i) => login(staff(22 + i), DEMO_PASSWORD, office, attempt.device)),
    );
    expect(tally(later)).toEqual({ LOGGED_IN: 50 });
  });

  it("does not let a colleague's failures on an account lock its owner out on the owner's browser", async () => {
    const shared = '198.51.100.4';
    const owner = await login(staff(82), DEMO_PASSWORD, shared);
    const colleague = await Promise.all(range(1, 11).map(() => login(staff(82), 'x', shared)));
    expect(tally(colleague)).toEqual({ WRONG_CREDENTIALS: 10, TOO_MANY_LOGINS: 1 });
    expect((await login(staff(82), DEMO_PASSWORD, shared)).outcome).toBe('TOO_MANY_LOGINS');
    expect((await login(staff(82), DEMO_PASSWORD, shared, owner.device)).outcome).toBe('LOGGED_IN');
  });

  it('remembers a browser with an httpOnly cookie that each success replaces', async () => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.5' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email: staff(83), password: DEMO_PASSWORD } },
      }),
    });
    const [session, device] = response.headers.getSetCookie();
    expect(session).toMatch(/^zi_session=/);
    expect(device).toMatch(/^zi_device=[\w-]{40,}; Path=\/admin; Expires=.*; HttpOnly; SameSite=Lax$/);
    const first = device?.split(';')[0] ?? '';

    expect((await login(staff(83), 'x', '198.51.100.5', first)).device).toBeNull();
    const second = await login(staff(83), DEMO_PASSWORD, '198.51.100.5', first);
    expect(second.device).toMatch(/^zi_device=/);
    expect(second.device).not.toBe(first);
    // The replaced token is forgotten: one planted in a browser stops working at its owner's next login.
    expect(await rememberedAccounts(first)).toBe(0);
    expect(await rememberedAccounts(second.device ?? '')).toBe(1);
  });
});

/** How many accounts a `zi_device=…` cookie is remembered for. */
async function rememberedAccounts(cookie: string): Promise<number> {
  const [row] = (await app.dataSource.query(
    `SELECT count(*)::int AS accounts FROM login_device WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
    [cookie.slice('zi_device='.length)],
  )) as { accounts: number }[];
  return row?.accounts ?? 0;
}

describe('what counts as one address', () => {
  it('counts IPv4 as is, also written as IPv6, and IPv6 by its /64', () => {
    expect(addressClient('198.51.100.7')).toBe('ip:198.51.100.7');
    expect(addressClient('::ffff:198.51.100.7')).toBe('ip:198.51.100.7');
    expect(addressClient('2001:db8:a:b:1:2:3:4')).toBe('ip:2001:db8:a:b::/64');
    expect(addressClient('2001:DB8:a:b::99')).toBe('ip:2001:db8:a:b::/64');
    expect(addressClient('2001:db8::1')).toBe('ip:2001:db8:0:0::/64');
    expect(addressClient('fe80::1%eth0')).toBe('ip:fe80:0:0:0::/64');
    expect(addressClient(null)).toBe('ip:unknown');
  });
});

describe('the throttle tables stay bounded', () => {
  it('deletes counters idle for a whole window and browsers unused for a year', async () => {
    await app.dataSource.query(
      `INSERT INTO login_throttle (subject, client, failures, window_started_at, updated_at)
       VALUES ('stale', '*', 3, now() - interval '16 minutes', now() - interval '16 minutes')`,
    );
    await app.dataSource.query(
      `INSERT INTO login_device (token_hash, subject, last_login_at)
       VALUES ('stale', 'stale', now() - interval '366 days')`,
    );
    expect((await login(staff(84), DEMO_PASSWORD, '198.51.100.6')).outcome).toBe('LOGGED_IN');
    const [row] = (await app.dataSource.query(
      `SELECT (SELECT count(*) FROM login_throttle WHERE subject = 'stale')::int
            + (SELECT count(*) FROM login_device WHERE subject = 'stale')::int AS stale`,
    )) as { stale: number }[];
    expect(row?.stale).toBe(0);
  });
});

describe('behind a reverse proxy (TRUST_PROXY=1)', () => {
  it('counts the address the proxy saw, whatever the client wrote before it in X-Forwarded-For', async () => {
    // nginx's $proxy_add_x_forwarded_for appends the address it saw to what the client sent.
    const guesses = await Promise.all(
      range(1, 11).map((n) => login(staff(85), 'x', `203.0.113.${n}, 198.51.100.8`)),
    );
    expect(tally(guesses)).toEqual({ WRONG_CREDENTIALS: 10, TOO_MANY_LOGINS: 1 });
  });
});

describe('attempts in flight', () => {
  const throttle = (times: Partial<ThrottleTimes>) => new LoginThrottle(new Db(app.dataSource), times);
  const someone = (label: string, n: number) => loginSubject(`${label}-${n}@inspektorat.test`);

  it('forgets an attempt left unsettled once its reservation expires, though others keep its row busy', async () => {
    const counted = throttle({ holdSeconds: 1, maxWaitMs: 300 });
    const office = '198.51.100.9';
    // 29 attempts whose process died while their passwords were checked: reserved, never settled.
    for (const n of range(1, 29)) await counted.reserve(someone('crashed', n), office, null);
    // The office goes on logging in, one at a time, on its one free place: each attempt writes the row.
    const busyUntil = Date.now() + 1_500;
    for (let n = 1; Date.now() < busyUntil; n++) {
      await counted.settle(await counted.reserve(someone('busy', n), office, null), false);
    }
    // Every reservation left behind has expired: 30 attempts fit at once again, none waits.
    const reserved = await Promise.allSettled(
      range(1, 30).map((n) => counted.reserve(someone('after', n), office, null)),
    );
    expect(reserved.filter((result) => result.status === 'rejected')).toEqual([]);
  });

  it('makes an attempt wait for attempts in flight, and says the server is busy, never a refused login', async () => {
    const counted = throttle({ maxWaitMs: 300 });
    const office = '198.51.100.10';
    for (const n of range(1, 30)) await counted.reserve(someone('slow', n), office, null);
    await expect(counted.reserve(someone('waiting', 1), office, null)).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'BUSY' },
    });
  });

  it('lets 50 right passwords from an office through at once after 25 failures there, in bounded statements', async () => {
    const office = '198.51.100.11';
    const typos = await Promise.all(
      range(101, 105).flatMap((n) => range(1, 5).map(() => login(staff(n), 'x', office))),
    );
    expect(tally(typos)).toEqual({ WRONG_CREDENTIALS: 25 });
    // Somebody elsewhere is guessing these accounts: each of their logins waits the longest delay.
    await app.dataSource.query(
      `INSERT INTO login_throttle (subject, client, failures)
       SELECT encode(sha256(convert_to('pegawai' || n || '@inspektorat.test', 'UTF8')), 'hex'), '*', 8
       FROM generate_series(111, 160) AS n`,
    );
    const before = app.queries.count;
    const morning = await Promise.all(range(111, 160).map((n) => login(staff(n), DEMO_PASSWORD, office)));
    expect(tally(morning)).toEqual({ LOGGED_IN: 50 });
    // About 16 statements for a login that need not wait, and one for each poll of one that does.
    expect((app.queries.count - before) / 50).toBeLessThanOrEqual(30);
  });
});

describe('the end of a login', () => {
  it('says "1 minute" when one is left', async () => {
    await app.dataSource.query(
      `INSERT INTO login_throttle (subject, client, failures, window_started_at)
       VALUES ($1, 'ip:198.51.100.13', 10, now() - interval '14 minutes 30 seconds')`,
      [loginSubject(staff(162))],
    );
    const refused = await login(staff(162), DEMO_PASSWORD, '198.51.100.13');
    expect(refused.extensions).toMatchObject({ reason: 'TOO_MANY_LOGINS', minutes: 1 });
    expect(refused.message).toMatch(/Try again in 1 minute\.$/);
  });

  it('logs in even when deleting expired counters fails', async () => {
    await failOn('DELETE', 'login_throttle', async () => {
      expect((await login(staff(163), DEMO_PASSWORD, '198.51.100.14')).outcome).toBe('LOGGED_IN');
    });
  });

  it('opens no session when the browser cannot be remembered: the login is one transaction', async () => {
    await failOn('INSERT', 'login_device', async () => {
      expect((await login(staff(164), DEMO_PASSWORD, '198.51.100.15')).outcome).not.toBe('LOGGED_IN');
    });
    const [row] = (await app.dataSource.query(
      `SELECT (SELECT count(*) FROM session s WHERE s.user_id = u.id)::int AS sessions,
              (SELECT count(*) FROM audit_event a WHERE a.actor_user_id = u.id AND a.action = 'auth.login')::int AS logins
       FROM app_user u WHERE u.email = $1`,
      [staff(164)],
    )) as { sessions: number; logins: number }[];
    expect(row).toEqual({ sessions: 0, logins: 0 });
  });
});

/** Runs `work` while every `operation` on `table` fails, as a database fault would. */
async function failOn(
  operation: 'DELETE' | 'INSERT',
  table: string,
  work: () => Promise<void>,
): Promise<void> {
  await app.dataSource.query(
    `CREATE FUNCTION fail_on_purpose() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION 'failing on purpose'; END $$`,
  );
  await app.dataSource.query(
    `CREATE TRIGGER fail_on_purpose BEFORE ${operation} ON ${table}
     FOR EACH STATEMENT EXECUTE FUNCTION fail_on_purpose()`,
  );
  try {
    await work();
  } finally {
    await app.dataSource.query(`DROP TRIGGER fail_on_purpose ON ${table}`);
    await app.dataSource.query('DROP FUNCTION fail_on_purpose()');
  }
}
