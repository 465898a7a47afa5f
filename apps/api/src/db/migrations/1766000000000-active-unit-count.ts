import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The number of active units (not archived), kept exact by triggers, so that the public
 * directory's `totalCount` does not count 100,000 rows per request (issue 13). Inserts and deletes
 * adjust it once per statement; an update only when it archives or restores a unit, so the
 * workflow's updates of a unit's stage never wait on the counter's row.
 */
export class ActiveUnitCount1766000000000 implements MigrationInterface {
  name = 'ActiveUnitCount1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE active_unit_count (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        units bigint NOT NULL CHECK (units >= 0)
      )`);
    await db.query(
      `INSERT INTO active_unit_count (units) SELECT count(*) FROM unit WHERE archived_at IS NULL`,
    );
    await db.query(`
      CREATE FUNCTION count_inserted_units() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE added bigint := (SELECT count(*) FROM inserted WHERE archived_at IS NULL);
      BEGIN
        IF added > 0 THEN UPDATE active_unit_count SET units = units + added; END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION count_deleted_units() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE removed bigint := (SELECT count(*) FROM deleted WHERE archived_at IS NULL);
      BEGIN
        IF removed > 0 THEN UPDATE active_unit_count SET units = units - removed; END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION count_archived_unit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE active_unit_count SET units = units + CASE WHEN NEW.archived_at IS NULL THEN 1 ELSE -1 END;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER unit_count_inserted AFTER INSERT ON unit REFERENCING NEW TABLE AS inserted
      FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_units()`);
    await db.query(`
      CREATE TRIGGER unit_count_deleted AFTER DELETE ON unit REFERENCING OLD TABLE AS deleted
      FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_units()`);
    await db.query(`
      CREATE TRIGGER unit_count_archived AFTER UPDATE OF archived_at ON unit FOR EACH ROW
      WHEN ((OLD.archived_at IS NULL) IS DISTINCT FROM (NEW.archived_at IS NULL))
      EXECUTE FUNCTION count_archived_unit()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER IF EXISTS unit_count_archived ON unit');
    await db.query('DROP TRIGGER IF EXISTS unit_count_deleted ON unit');
    await db.query('DROP TRIGGER IF EXISTS unit_count_inserted ON unit');
    await db.query('DROP FUNCTION IF EXISTS count_archived_unit()');
    await db.query('DROP FUNCTION IF EXISTS count_deleted_units()');
    await db.query('DROP FUNCTION IF EXISTS count_inserted_units()');
    await db.query('DROP TABLE IF EXISTS active_unit_count');
  }
}
