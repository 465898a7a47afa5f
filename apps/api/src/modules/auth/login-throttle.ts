import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { GraphQLError } from 'graphql';
import { tooManyRequests } from '../../common/errors.js';
import type { Db } from '../../db/db.js';

const WINDOW_MINUTES = 15;
/** Failed checks for one account from one client (an address, or a browser it logged in with). */
const MAX_CLIENT_FAILURES = 10;
/** Failed checks from one address across accounts, by browsers not remembered for the account. */
const MAX_ADDRESS_FAILURES = 30;
/** After this many failures (or attempts in flight) for an account, from anywhere, each try waits. */
const FREE_FAILURES = 3;
const MAX_DELAY_MS = 4_000;
/** How long an attempt waits for attempts in flight to settle before it is refused. */
const MAX_WAIT_MS = 10_000;
/**
 * An attempt in flight for longer than this has ended, whatever became of it: a process killed
 * while checking a password leaves its reservation behind, and that must not count forever.
 */
const PENDING_SECONDS = 120;
/** Expired rows one checked attempt deletes: the table stays about as large as 15 minutes of attempts. */
const PURGE_BATCH = 100;

/** The `subject` or `client` of a counter that counts across all of them. */
const ANY = '*';

export const loginSubject = (email: string) => createHash('sha256').update(email).digest('hex');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The first four groups of an IPv6 address. One subscriber usually gets a whole /64, so counting
 * single IPv6 addresses would give a guesser 2^64 of them.
 */
function ipv6Prefix(ip: string): string {
  const groupsIn = (part: string) =>
    part ? part.split(':').flatMap((g) => (g.includes('.') ? [g, '0'] : [g])) : [];
  const [head = '', tail] = (ip.split('%')[0] ?? '').split('::');
  const left = groupsIn(head);
  const right = tail === undefined ? [] : groupsIn(tail);
  const zeros = Array<string>(Math.max(8 - left.length - right.length, 0)).fill('0');
  return [...left, ...zeros, ...right]
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':');
}

/** The client key of an address: IPv4 (also written as IPv6), or an IPv6 /64. */
export function addressClient(ip: string | null): string {
  if (!ip) return 'ip:unknown';
  const ipv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (ipv4) return `ip:${ipv4}`;
  return isIPv6(ip) ? `ip:${ipv6Prefix(ip)}::/64` : `ip:${ip}`;
}

type Refusal = 'TOO_MANY_LOGINS' | 'TOO_MANY_LOGINS_FROM_ADDRESS';

interface Counter {
  subject: string;
  client: string;
  /** Failures that refuse further attempts; null for the account-wide counter, which only delays. */
  limit: number | null;
  refusal: Refusal;
}

/** An attempt allowed to have its password checked; `settle` must follow. */
export interface Reservation {
  counters: Counter[];
}

interface Blocked {
  counter: Counter;
  /** Its failures alone reach the limit: refused. Otherwise attempts in flight fill it: wait. */
  full: boolean;
  secondsLeft: number | null;
}

/**
 * The counters an attempt reserves, in this order: the address first, so that attempts from an
 * address already refused write nothing; a remembered browser has no address counter.
 */
function countersOf(subject: string, ip: string | null, device: string | null): Counter[] {
  const address = addressClient(ip);
  const ofAccount: Counter[] = [
    {
      subject,
      client: device ? `device:${device}` : address,
      limit: MAX_CLIENT_FAILURES,
      refusal: 'TOO_MANY_LOGINS',
    },
    { subject, client: ANY, limit: null, refusal: 'TOO_MANY_LOGINS' },
  ];
  if (device) return ofAccount;
  const ofAddress: Counter = {
    subject: ANY,
    client: address,
    limit: MAX_ADDRESS_FAILURES,
    refusal: 'TOO_MANY_LOGINS_FROM_ADDRESS',
  };
  return [ofAddress, ...ofAccount];
}

/** The account's delay, from its failures and attempts in flight before this one. */
const delayAfter = (earlier: number) =>
  earlier < FREE_FAILURES ? 0 : Math.min(250 * 2 ** (earlier - FREE_FAILURES), MAX_DELAY_MS);

// A counter's failures and attempts in flight as they stand now, in SQL, from the row `t`.
const LIVE_FAILURES = `(CASE WHEN t.window_started_at > now() - interval '${WINDOW_MINUTES} minutes' THEN t.failures ELSE 0 END)`;
const LIVE_PENDING = `(CASE WHEN t.updated_at > now() - interval '${PENDING_SECONDS} seconds' THEN t.pending ELSE 0 END)`;

const MESSAGES: Record<Refusal, string> = {
  TOO_MANY_LOGINS: 'Too many failed logins for this account from here.',
  TOO_MANY_LOGINS_FROM_ADDRESS: 'Too many failed logins from this address.',
};

function refusal(reason: Refusal, secondsLeft: number | null): GraphQLError {
  // Refused while attempts in flight had not settled (no window to wait out): a minute is enough.
  const seconds = Math.max(secondsLeft ?? 60, 1);
  const minutes = Math.ceil(seconds / 60);
  return tooManyRequests(`${MESSAGES[reason]} Try again in ${minutes} minutes.`, seconds, {
    reason,
    minutes,
  });
}

/**
 * Counts login attempts so that parallel requests cannot outrun the count (decision 0031). Every
 * attempt first reserves itself on its counters, each in one statement that only succeeds while
 * failures plus attempts in flight stay under the limit; then its password is checked; then it
 * settles as a failure or releases its reservation, so a success counts for nothing. An attempt
 * that could only exceed a limit if every attempt in flight failed waits for them instead of being
 * refused: right passwords are not refused because others were typing theirs at the same moment.
 *
 * The counters: one account from one client (10 failures in 15 minutes refuse `TOO_MANY_LOGINS`,
 * for that client only, so strangers cannot lock the owner out); one address across accounts,
 * for browsers not remembered for the account (30 refuse `TOO_MANY_LOGINS_FROM_ADDRESS`); and one
 * account from anywhere, which slows every further try (0.25 s doubling to 4 s after 3). Unknown
 * emails are counted exactly like real ones, so nothing here tells which exist.
 */
export class LoginThrottle {
  constructor(private readonly db: Db) {}

  /**
   * Reserves an attempt for `subject` from `ip`, or from the remembered browser `device` (the hash
   * of its token), and waits the account's delay; throws `TOO_MANY_REQUESTS` when refused.
   */
  async reserve(subject: string, ip: string | null, device: string | null): Promise<Reservation> {
    const counters = countersOf(subject, ip, device);
    const deadline = Date.now() + MAX_WAIT_MS;
    for (let pause = 50; ; pause = Math.min(pause * 2, 400)) {
      const reserved = await this.tryReserve(counters);
      if (typeof reserved === 'number') {
        await sleep(delayAfter(reserved));
        return { counters };
      }
      if (reserved.full || Date.now() + pause > deadline)
        throw refusal(reserved.counter.refusal, reserved.secondsLeft);
      await sleep(pause);
    }
  }

  /** Ends a checked attempt: a failure counts on every counter, a success on none. */
  async settle(reservation: Reservation, succeeded: boolean): Promise<void> {
    for (const counter of reservation.counters) {
      if (succeeded) await this.release(counter);
      else await this.recordFailure(counter);
    }
    await this.purge();
  }

  /** Ends an attempt whose check did not happen (an error on the way): it counts for nothing. */
  async abandon(reservation: Reservation): Promise<void> {
    for (const counter of reservation.counters) await this.release(counter);
  }

  /**
   * Reserves the attempt on each counter in turn, all or none. Returns the account's failures and
   * attempts in flight before this one, or the counter that blocked it. Each statement locks one
   * row at a time, so concurrent attempts can wait on each other but never deadlock.
   */
  private async tryReserve(counters: Counter[]): Promise<number | Blocked> {
    const reserved: Counter[] = [];
    let earlier = 0;
    for (const counter of counters) {
      const rows = (await this.db.manager.query(
        `INSERT INTO login_throttle AS t (subject, client, pending) VALUES ($1, $2, 1)
         ON CONFLICT (subject, client) DO UPDATE SET
           failures = ${LIVE_FAILURES}, pending = ${LIVE_PENDING} + 1, updated_at = now()
         WHERE $3::int IS NULL OR ${LIVE_FAILURES} + ${LIVE_PENDING} < $3::int
         RETURNING failures + pending - 1 AS earlier`,
        [counter.subject, counter.client, counter.limit],
      )) as { earlier: number }[];
      if (!rows[0]) {
        for (const done of reserved) await this.release(done);
        return this.blocked(counter);
      }
      reserved.push(counter);
      earlier = rows[0].earlier;
    }
    return earlier;
  }

  /** Why a counter has no room: its failures are at the limit (refused), or attempts are in flight (wait). */
  private async blocked(counter: Counter): Promise<Blocked> {
    const [row] = (await this.db.manager.query(
      `SELECT ${LIVE_FAILURES} >= $3::int AS full,
              ceil(extract(epoch FROM t.window_started_at + interval '${WINDOW_MINUTES} minutes' - now()))::int AS seconds_left
       FROM login_throttle t WHERE t.subject = $1 AND t.client = $2`,
      [counter.subject, counter.client, counter.limit],
    )) as { full: boolean; seconds_left: number }[];
    return { counter, full: row?.full ?? false, secondsLeft: row?.full ? row.seconds_left : null };
  }

  private async recordFailure(counter: Counter): Promise<void> {
    await this.db.manager.query(
      `UPDATE login_throttle AS t SET
         failures = ${LIVE_FAILURES} + 1,
         window_started_at = CASE WHEN ${LIVE_FAILURES} = 0 THEN now() ELSE t.window_started_at END,
         pending = greatest(${LIVE_PENDING} - 1, 0),
         updated_at = now()
       WHERE t.subject = $1 AND t.client = $2`,
      [counter.subject, counter.client],
    );
  }

  private async release(counter: Counter): Promise<void> {
    await this.db.manager.query(
      `UPDATE login_throttle AS t SET pending = greatest(${LIVE_PENDING} - 1, 0), updated_at = now()
       WHERE t.subject = $1 AND t.client = $2`,
      [counter.subject, counter.client],
    );
  }

  /**
   * Deletes counters untouched for a whole window: their failures have expired and nothing is in
   * flight. Rows another attempt holds are skipped, never waited for.
   */
  private async purge(): Promise<void> {
    await this.db.manager.query(
      `DELETE FROM login_throttle WHERE ctid IN (
         SELECT ctid FROM login_throttle WHERE updated_at <= now() - interval '${WINDOW_MINUTES} minutes'
         ORDER BY updated_at LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED)`,
    );
  }
}
