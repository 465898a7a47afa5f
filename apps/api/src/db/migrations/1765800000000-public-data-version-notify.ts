import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every bump of the public data version is also announced on the `public_data_version` channel,
 * with the new version as payload. PostgreSQL delivers it when the writing transaction commits, so
 * each API process keeps the version in memory and keys its byte cache by it without asking the
 * database per request (decision 0043).
 */
export class PublicDataVersionNotify1765800000000 implements MigrationInterface {
  name = 'PublicDataVersionNotify1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION bump_public_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        bumped bigint;
      BEGIN
        UPDATE public_data_version SET version = version + 1, changed_at = now() RETURNING version INTO bumped;
        PERFORM pg_notify('public_data_version', bumped::text);
        RETURN NULL;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION bump_public_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public_data_version SET version = version + 1, changed_at = now();
        RETURN NULL;
      END $$`);
  }
}
