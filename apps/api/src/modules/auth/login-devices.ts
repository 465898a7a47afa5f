import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { DEVICE_DAYS, purgeDevices, rememberDevice, rememberedDevice } from './auth.queries.js';

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
    const [row] = await rememberedDevice(this.db.manager, { tokenHash: hash, subject });
    return row ? hash : null;
  }

  /**
   * After a successful login: a new token for this browser, remembered for `subject` and for the
   * accounts its old token was. A new token each time means a token someone else planted in the
   * browser stops working at the owner's next login.
   */
  async remember(oldToken: string | undefined, subject: string): Promise<DeviceCookie> {
    const token = randomBytes(32).toString('base64url');
    await rememberDevice(this.db.manager, {
      tokenHash: hashOf(token),
      oldTokenHash: isToken(oldToken) ? hashOf(oldToken) : null,
      subject,
    });
    await purgeDevices(this.db.manager);
    return { token, expiresAt: new Date(Date.now() + DEVICE_DAYS * 86_400_000) };
  }
}
