import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/db.js';

const SECRET_NAME = 'survey';

/**
 * Keyed hashes and signatures for the public survey, from one secret kept in the database (so
 * every replica signs and checks alike): the device cookie, the form's start time, and the hashes
 * that let a device or an address be recognised without keeping either.
 */
export class SurveyKeys {
  private secret: Promise<Buffer> | null = null;

  constructor(private readonly db: Db) {}

  /** `value.signature`: a value the respondent carries and cannot forge. */
  async signed(value: string): Promise<string> {
    return `${value}.${await this.mac(`signed:${value}`)}`;
  }

  /** The value of a token `signed` made, or null for anything else. */
  async verified(token: string | undefined): Promise<string | null> {
    if (!token) return null;
    const at = token.lastIndexOf('.');
    if (at <= 0) return null;
    const value = token.slice(0, at);
    const given = Buffer.from(token.slice(at + 1));
    const expected = Buffer.from(await this.mac(`signed:${value}`));
    return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
  }

  /** What is kept of a device: its cookie's id, hashed. */
  deviceKey(deviceId: string): Promise<string> {
    return this.mac(`device:${deviceId}`);
  }

  /** What is kept of a network address: hashed with the day, so no two days can be linked. */
  addressKey(address: string, day: string): Promise<string> {
    return this.mac(`address:${day}:${address}`);
  }

  private async mac(material: string): Promise<string> {
    return createHmac('sha256', await this.key())
      .update(material)
      .digest('base64url');
  }

  private key(): Promise<Buffer> {
    this.secret ??= this.loadOrCreate().catch((error) => {
      this.secret = null;
      throw error;
    });
    return this.secret;
  }

  /** The one secret: made by whichever replica asks first, read by every other. */
  private async loadOrCreate(): Promise<Buffer> {
    await this.db.manager.query(
      'INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [SECRET_NAME, randomBytes(32)],
    );
    const [row] = (await this.db.manager.query('SELECT value FROM app_secret WHERE name = $1', [
      SECRET_NAME,
    ])) as Array<{ value: Buffer }>;
    if (!row) throw new Error('the survey secret could not be read');
    return row.value;
  }
}

/** A new device id for the cookie. */
export const newDeviceId = () => randomBytes(16).toString('base64url');
