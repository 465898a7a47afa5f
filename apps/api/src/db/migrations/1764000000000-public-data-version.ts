import type { MigrationInterface, QueryRunner } from 'typeorm';

const PUBLIC_TABLES = ['instansi', 'unit', 'stage_event', 'predicate', 'pact'];

/**
 * A counter bumped by every write to a table the public schema reads. Cached public responses are
 * keyed by it, so a write makes every cached answer stale at once, on every replica.
 */
export class PublicDataVersion1764000000000 implements MigrationInterface {
  name = 'PublicDataVersion1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public_data_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL DEFAULT 1,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('INSERT INTO public_data_version DEFAULT VALUES');
    await db.query(`
      CREATE FUNCTION bump_public_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public_data_version SET version = version + 1, changed_at = now();
        RETURN NULL;
      END $$`);
    for (const table of PUBLIC_TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_bumps_public_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION bump_public_data_version()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of PUBLIC_TABLES)
      await db.query(`DROP TRIGGER IF EXISTS ${table}_bumps_public_version ON ${table}`);
    await db.query('DROP FUNCTION IF EXISTS bump_public_data_version');
    await db.query('DROP TABLE IF EXISTS public_data_version');
  }
}
