import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { GraphQLError } from 'graphql';
import { BUSY, tooManyRequests } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { logger } from '../../logger.js';
import { counterFailures, holdPlace, purgeCounters, recordFailure, releasePlace } from './auth.queries.js';

/** Failed checks for one account from one client (an address, or a browser it logged in with). */
const MAX_CLIENT_FAILURES = 10;
/** Failed checks from one address across accounts, by browsers not remembered for the account. */
const MAX_ADDRESS_FAILURES = 30;
/** After this many failures for an account, from anywhere, each try waits before it is checked. */
const FREE_FAILURES = 3;
const MAX_DELAY_MS = 4_000;
/** An attempt waiting for room polls after this pause, doubling up to the next. */
const FIRST_PAUSE_MS = 25;
const MAX_PAUSE_MS = 1_000;

export interface ThrottleTimes {
  /**
   * How long a reservation counts at most. Longer than any password check can take (the pool's
   * wait plus a statement's timeout), so only one that its process left behind (a crash, a lost
   * connection) runs out, and it does on its own, however busy its counter is.
   */
  holdSeconds: number;
  /** How long an attempt waits for room held by attempts in flight before the server says it is busy. */
  maxWaitMs: number;
}

const DEFAULT_TIMES: ThrottleTimes = { holdSeconds: 60, maxWaitMs: 10_000 };

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

type Refusal = RefusalReason.TOO_MANY_LOGINS | RefusalReason.TOO_MANY_LOGINS_FROM_ADDRESS;

interface Counter {
  subject: string;
  client: string;
}

/** A counter that refuses once its failures reach `limit`; attempts in flight hold room in it. */
interface Limit extends Counter {
  limit: number;
  refusal: Refusal;
}

/** One attempt's place in a limit: its expiry, exactly as PostgreSQL wrote it, names it. */
interface Hold {
  limit: Limit;
  until: string;
}

/** An attempt allowed to have its password checked; `settle` must follow, whatever happens. */
export interface Reservation {
  /** The account from anywhere: it counts failures for the delay, and holds nothing. */
  account: Counter;
  holds: Hold[];
}

interface Blocked {
  limit: Limit;
  /** Its failures alone reach the limit: refused. Otherwise attempts in flight fill it: wait. */
  full: boolean;
  secondsLeft: number;
}

/**
 * The limits an attempt takes a place in: the address across accounts, then the account from this
 * client. A remembered browser has no address limit, and its own client instead of the address.
 */
function limitsOf(subject: string, ip: string | null, device: string | null): Limit[] {
  const address = addressClient(ip);
  const ofAccount: Limit = {
    subject,
    client: device ? `device:${device}` : address,
    limit: MAX_CLIENT_FAILURES,
    refusal: RefusalReason.TOO_MANY_LOGINS,
  };
  if (device) return [ofAccount];
  const ofAddress: Limit = {
    subject: ANY,
    client: address,
    limit: MAX_ADDRESS_FAILURES,
    refusal: RefusalReason.TOO_MANY_LOGINS_FROM_ADDRESS,
  };
  return [ofAddress, ofAccount];
}

/** The account's delay, from its recorded failures. */
const delayAfter = (failures: number) =>
  failures < FREE_FAILURES ? 0 : Math.min(250 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);

/** Between half and all of `ms`, so that attempts waiting together do not poll together. */
const jittered = (ms: number) => ms * (0.5 + Math.random() / 2);

const MESSAGES: Record<Refusal, string> = {
  [RefusalReason.TOO_MANY_LOGINS]: 'Too many failed logins for this account from here.',
  [RefusalReason.TOO_MANY_LOGINS_FROM_ADDRESS]: 'Too many failed logins from this address.',
};

function refusal(reason: Refusal, secondsLeft: number): GraphQLError {
  const seconds = Math.max(secondsLeft, 1);
  const minutes = Math.ceil(seconds / 60);
  const wait = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return tooManyRequests(`${MESSAGES[reason]} Try again in ${wait}.`, seconds, { reason, minutes });
}

/** Attempts in flight held the room for longer than an attempt may wait: retry soon, as for a busy database. */
function busy(): GraphQLError {
  const retryAfter = String(BUSY.extensions.retryAfterSeconds);
  return new GraphQLError(BUSY.message, {
    extensions: {
      ...BUSY.extensions,
      http: { status: 503, headers: new Map([['retry-after', retryAfter]]) },
    },
  });
}

/** Runs every step, even after one failed (each undoes a part of what an attempt holds), then throws the first error. */
async function everyStep(steps: Array<() => Promise<unknown>>): Promise<void> {
  let firstError: unknown = null;
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      firstError ??= error;
    }
  }
  if (firstError !== null) throw firstError;
}

/**
 * Counts login attempts so that parallel requests cannot outrun the count (decision 0031). An
 * attempt first reads its counters: refused at once if failures alone reach a limit, else it waits
 * the account's delay. Then it takes a place (a reservation with its own expiry) in each limit, in
 * one statement per limit that only succeeds while failures plus places taken stay under it; then
 * its password is checked; then it settles: a failure is recorded on every counter and its places
 * are given back, a success only gives them back, so it counts for nothing. An attempt that finds
 * a limit full of places but not of failures waits for those attempts to settle: it is never
 * refused for them.
 *
 * The counters: one account from one client (10 failures in 15 minutes refuse `TOO_MANY_LOGINS`,
 * for that client only, so strangers cannot lock the owner out); one address across accounts,
 * for browsers not remembered for the account (30 refuse `TOO_MANY_LOGINS_FROM_ADDRESS`); and one
 * account from anywhere, which slows every further try (0.25 s doubling to 4 s after 3). Unknown
 * emails are counted exactly like real ones, so nothing here tells which exist.
 */
export class LoginThrottle {
  private readonly times: ThrottleTimes;

  constructor(
    private readonly db: Db,
    times: Partial<ThrottleTimes> = {},
  ) {
    this.times = { ...DEFAULT_TIMES, ...times };
  }

  /**
   * Reserves an attempt for `subject` from `ip`, or from the remembered browser `device` (the hash
   * of its token), after the account's delay. Throws `TOO_MANY_REQUESTS` when a limit's failures
   * refuse it, and the server's `BUSY` when attempts in flight kept it waiting too long.
   */
  async reserve(subject: string, ip: string | null, device: string | null): Promise<Reservation> {
    const limits = limitsOf(subject, ip, device);
    const account: Counter = { subject, client: ANY };
    const failures = await this.failuresOf([...limits, account]);
    for (const limit of limits) {
      const standing = failures.get(keyOf(limit));
      if (standing && standing.failures >= limit.limit) throw refusal(limit.refusal, standing.secondsLeft);
    }
    // Waited before any place is taken: an attempt holds room in a limit only while it is checked.
    await sleep(delayAfter(failures.get(keyOf(account))?.failures ?? 0));
    return { account, holds: await this.hold(limits) };
  }

  /**
   * Ends a reserved attempt: a failure (`failed`) counts on every counter; a success, or a check
   * that did not happen, counts for nothing. Its places are given back either way.
   */
  async settle(reservation: Reservation, failed: boolean): Promise<void> {
    const steps = reservation.holds.map(
      (hold) => () => (failed ? this.recordFailure(hold.limit, hold.until) : this.release([hold])),
    );
    if (failed) steps.push(() => this.recordFailure(reservation.account, null));
    try {
      await everyStep(steps);
    } finally {
      await this.purge();
    }
  }

  /** The live failures of `counters` that have a row, and the seconds left in their window. */
  private async failuresOf(
    counters: Counter[],
  ): Promise<Map<string, { failures: number; secondsLeft: number }>> {
    const rows = await counterFailures(this.db.manager, {
      subjects: counters.map((c) => c.subject),
      clients: counters.map((c) => c.client),
    });
    return new Map(
      rows.map((row) => [keyOf(row), { failures: row.failures, secondsLeft: row.seconds_left }]),
    );
  }

  /**
   * Takes a place in every limit, all or none, waiting (with growing pauses) while attempts in
   * flight fill one. The limit that blocked is tried first the next time, so a wait costs one
   * statement a poll. Each statement locks one row, so attempts never deadlock.
   */
  private async hold(limits: Limit[]): Promise<Hold[]> {
    const deadline = Date.now() + this.times.maxWaitMs;
    let order = limits;
    for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
      const held = await this.tryHold(order);
      if (Array.isArray(held)) return held;
      if (held.full) throw refusal(held.limit.refusal, held.secondsLeft);
      const wait = jittered(pause);
      if (Date.now() + wait > deadline) throw busy();
      await sleep(wait);
      order = [held.limit, ...order.filter((limit) => limit !== held.limit)];
    }
  }

  private async tryHold(limits: Limit[]): Promise<Hold[] | Blocked> {
    const holds: Hold[] = [];
    for (const limit of limits) {
      const [row] = await holdPlace(this.db.manager, {
        subject: limit.subject,
        client: limit.client,
        limit: limit.limit,
        holdSeconds: this.times.holdSeconds,
      });
      if (!row?.until) {
        await this.release(holds);
        return { limit, full: row?.full ?? false, secondsLeft: row?.seconds_left ?? 0 };
      }
      holds.push({ limit, until: row.until });
    }
    return holds;
  }

  /** Counts a failure on `counter` and gives back the place expiring at `until`, if any. */
  private async recordFailure(counter: Counter, until: string | null): Promise<void> {
    await recordFailure(this.db.manager, { subject: counter.subject, client: counter.client, until });
  }

  private async release(holds: Hold[]): Promise<void> {
    await everyStep(
      holds.map(
        ({ limit, until }) =>
          () =>
            releasePlace(this.db.manager, { subject: limit.subject, client: limit.client, until }),
      ),
    );
  }

  /**
   * Deletes counters untouched for a whole window: their failures have expired and so has every
   * place in them. Rows another attempt holds are skipped, never waited for. Only housekeeping:
   * when it fails the next attempt does it, and the login goes on.
   */
  private async purge(): Promise<void> {
    try {
      await purgeCounters(this.db.manager);
    } catch (error) {
      logger.warn('could not delete expired login counters', { message: (error as Error).message });
    }
  }
}

const keyOf = (counter: Counter) => `${counter.subject} ${counter.client}`;
