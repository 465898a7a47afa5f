import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An attempt in flight holds a place in a login counter until its own expiry, instead of adding one
 * to a `pending` count that expired only when its whole row stayed quiet: on a busy row, a place
 * left behind by a crash counted for ever (decision 0031).
 */
export class LoginThrottleHolds1765200000000 implements MigrationInterface {
  name = 'LoginThrottleHolds1765200000000';

  async up(db: QueryRunner): Promise<void> {
    // Attempts in flight now are a few seconds' worth; their places are not worth carrying over.
    await db.query(`
      ALTER TABLE login_throttle
        DROP COLUMN pending,
        -- When each place an attempt in flight holds expires: it counts until then, or until settled.
        ADD COLUMN holds timestamptz[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE login_throttle
        DROP COLUMN holds,
        ADD COLUMN pending integer NOT NULL DEFAULT 0 CHECK (pending >= 0)`);
  }
}
