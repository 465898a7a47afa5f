import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
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
 * (0.25 s doubling to 4 s); after 10 the account is refused until the window passes. It applies
 * to unknown emails exactly as to real ones, so it tells nothing about which exist.
 */
export async function throttleLogin(dataSource: DataSource, subject: string): Promise<void> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS failures FROM login_attempt
     WHERE subject = $1 AND NOT succeeded AND attempted_at > now() - make_interval(mins => $2)`,
    [subject, WINDOW_MINUTES],
  )) as { failures: number }[];
  const failures = row?.failures ?? 0;
  if (failures >= MAX_FAILURES) {
    throw tooManyRequests(
      `Too many failed logins for this account. Try again in ${WINDOW_MINUTES} minutes.`,
      WINDOW_MINUTES * 60,
      { reason: 'TOO_MANY_LOGINS', minutes: WINDOW_MINUTES },
    );
  }
  if (failures >= FREE_FAILURES) await sleep(Math.min(250 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS));
}

export async function recordLoginAttempt(
  dataSource: DataSource,
  subject: string,
  ip: string | null,
  succeeded: boolean,
): Promise<void> {
  await dataSource.getRepository(LoginAttempt).insert({ subject, ip, succeeded });
}
