import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { tooManyRequests } from '../../common/errors.js';
import { LoginAttempt } from './session.entity.js';

const WINDOW_MINUTES = 15;
const FREE_FAILURES = 3;
const MAX_FAILURES = 10;
const MAX_DELAY_MS = 4_000;

export const loginSubject = (email: string) => createHash('sha256').update(email).digest('hex');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Slows down guessing: after 3 failures for one account in 15 minutes each try waits longer
 * (0.25 s doubling to 4 s), from anywhere. After 10 from one address, that address is refused for
 * the account until its oldest failure leaves the window: a stranger who knows an email cannot
 * lock its owner out. It applies to unknown emails exactly as to real ones, so it tells nothing
 * about which exist.
 */
export async function throttleLogin(
  manager: EntityManager,
  subject: string,
  ip: string | null,
): Promise<void> {
  const [row] = (await manager.query(
    `SELECT count(*)::int AS failures,
            count(*) FILTER (WHERE ip IS NOT DISTINCT FROM $3)::int AS from_here,
            ceil(extract(epoch FROM min(attempted_at) FILTER (WHERE ip IS NOT DISTINCT FROM $3)
              + make_interval(mins => $2) - now()))::int AS seconds_left
     FROM login_attempt
     WHERE subject = $1 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $2)`,
    [subject, WINDOW_MINUTES, ip],
  )) as { failures: number; from_here: number; seconds_left: number | null }[];
  const failures = row?.failures ?? 0;
  if ((row?.from_here ?? 0) >= MAX_FAILURES) {
    const seconds = Math.max(row?.seconds_left ?? 0, 1);
    const minutes = Math.ceil(seconds / 60);
    throw tooManyRequests(
      `Too many failed logins for this account from here. Try again in ${minutes} minutes.`,
      seconds,
      { reason: 'TOO_MANY_LOGINS', minutes },
    );
  }
  if (failures >= FREE_FAILURES) await sleep(Math.min(250 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS));
}

export async function recordLoginAttempt(
  manager: EntityManager,
  subject: string,
  ip: string | null,
  succeeded: boolean,
): Promise<void> {
  await manager.getRepository(LoginAttempt).insert({ subject, ip, succeeded });
}
