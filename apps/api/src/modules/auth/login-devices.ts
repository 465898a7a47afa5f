import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/db.js';

/** How long a browser stays remembered for an account after its last successful login there. */
export const DEVICE_DAYS = 365;
/** Expired rows one successful login deletes. */
const PURGE_BATCH = 100;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const isToken = (token: string | undefined): token is string => !!token && /^[\w-]{20,100}$/.test(token);

export interface DeviceCookie {
  token: string;
  expiresAt: Date;
}

/**
 * Browsers that logged in to an account before, by the random token of their `zi_device` cookie
 * (decision 0031). A remembered browser is not held to the per-address limit and has its own
 * per-account count, so neither a busy shared address nor a colleague guessing one's password
 * locks its owner out. Only the token's hash is stored, next to the account's subject.
 */
export class LoginDevices {
  constructor(private readonly db: Db) {}

  /** The hash of `token` when this browser logged in to `subject` within the year; else null. */
  async recognise(token: string | undefined, subject: string): Promise<string | null> {
    if (!isToken(token)) return null;
    const hash = hashOf(token);
    const [row] = (await this.db.manager.query(
      `SELECT 1 FROM login_device
       WHERE token_hash = $1 AND subject = $2 AND last_login_at > now() - interval '${DEVICE_DAYS} days'`,
      [hash, subject],
    )) as unknown[];
    return row ? hash : null;
  }

  /**
   * After a successful login: a new token for this browser, remembered for `subject` and for the
   * accounts its old token was. A new token each time means a token someone else planted in the
   * browser stops working at the owner's next login.
   */
  async remember(oldToken: string | undefined, subject: string): Promise<DeviceCookie> {
    const token = randomBytes(32).toString('base64url');
    await this.db.manager.query(
      `WITH old AS (DELETE FROM login_device WHERE token_hash = $2 RETURNING subject, last_login_at)
       INSERT INTO login_device (token_hash, subject, last_login_at)
       SELECT $1, subject, last_login_at FROM old
       WHERE subject <> $3 AND last_login_at > now() - interval '${DEVICE_DAYS} days'
       UNION ALL SELECT $1, $3, now()`,
      [hashOf(token), isToken(oldToken) ? hashOf(oldToken) : null, subject],
    );
    await this.db.manager.query(
      `DELETE FROM login_device WHERE ctid IN (
         SELECT ctid FROM login_device WHERE last_login_at <= now() - interval '${DEVICE_DAYS} days'
         ORDER BY last_login_at LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED)`,
    );
    return { token, expiresAt: new Date(Date.now() + DEVICE_DAYS * 86_400_000) };
  }
}
