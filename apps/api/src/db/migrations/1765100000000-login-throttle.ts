import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling counts in one row per key, changed by single statements, instead of a log of
 * attempts counted before each check (parallel attempts all passed that count). And browsers that
 * logged in before are remembered, so that a per-address limit does not lock them out (decision 0031).
 */
export class LoginThrottle1765100000000 implements MigrationInterface {
  name = 'LoginThrottle1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE login_throttle (
        -- SHA-256 of the account's email, or '*' for any account.
        subject text NOT NULL CHECK (subject <> ''),
        -- 'ip:…' (an address) or 'device:…' (a remembered browser), or '*' from anywhere.
        client text NOT NULL CHECK (client <> ''),
        -- Failed checks since window_started_at; they count for 15 minutes from the first.
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        window_started_at timestamptz NOT NULL DEFAULT now(),
        -- Attempts reserved and not yet settled (their password is being checked).
        pending integer NOT NULL DEFAULT 0 CHECK (pending >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject, client),
        CHECK (subject <> '*' OR client <> '*')
      )`);
    await db.query('CREATE INDEX login_throttle_updated_idx ON login_throttle (updated_at)');
    await db.query(`
      CREATE TABLE login_device (
        -- SHA-256 of the zi_device cookie's token: a leaked table names no browser.
        token_hash text NOT NULL,
        subject text NOT NULL,
        last_login_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (token_hash, subject)
      )`);
    await db.query('CREATE INDEX login_device_last_login_idx ON login_device (last_login_at)');
    // Its rows counted failures for 15 minutes; none is worth carrying over.
    await db.query('DROP TABLE login_attempt');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subject text NOT NULL,
        ip text,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX login_attempt_subject_idx ON login_attempt (subject, attempted_at)');
    await db.query('DROP TABLE login_device');
    await db.query('DROP TABLE login_throttle');
  }
}
