import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 at 100,000 units (decision 0038): "in this region" as an indexable condition. Each unit
 * keeps the region it is counted in, `unit_region(unit.region_code, instansi.region_code)` of
 * decision 0035, in `unit.effective_region`, kept by triggers; a btree in pattern order serves
 * `region_contains(region, effective_region)` (equality or `starts_with`) for any collation. It
 * replaces the per-row subquery for the instansi's region and the index on the unit's own code,
 * which no query reads any more.
 */
export class EffectiveRegion1765600000000 implements MigrationInterface {
  name = 'EffectiveRegion1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE unit ADD COLUMN effective_region text');
    // Recomputed whenever a unit is written with its region, its instansi or this column itself in
    // the statement, so that no update can leave it out of step.
    await db.query(`
      CREATE FUNCTION unit_keeps_effective_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.effective_region := unit_region(
          NEW.region_code, (SELECT i.region_code FROM instansi i WHERE i.id = NEW.instansi_id));
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER unit_effective_region BEFORE INSERT OR UPDATE OF region_code, instansi_id, effective_region
      ON unit FOR EACH ROW EXECUTE FUNCTION unit_keeps_effective_region()`);
    // An instansi that moves takes along its units that have no region of their own.
    await db.query(`
      CREATE FUNCTION instansi_moves_its_units() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE unit SET effective_region = unit_region(region_code, NEW.region_code)
        WHERE instansi_id = NEW.id AND region_code IS NULL;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER instansi_effective_region AFTER UPDATE OF region_code ON instansi FOR EACH ROW
      WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code) EXECUTE FUNCTION instansi_moves_its_units()`);
    await db.query(`
      UPDATE unit u SET effective_region = unit_region(u.region_code, i.region_code)
      FROM instansi i WHERE i.id = u.instansi_id`);
    await db.query('CREATE INDEX unit_effective_region_idx ON unit (effective_region text_pattern_ops)');
    await db.query('DROP INDEX unit_region_code_idx');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX unit_region_code_idx ON unit (region_code text_pattern_ops)');
    await db.query('DROP TRIGGER instansi_effective_region ON instansi');
    await db.query('DROP FUNCTION instansi_moves_its_units()');
    await db.query('DROP TRIGGER unit_effective_region ON unit');
    await db.query('DROP FUNCTION unit_keeps_effective_region()');
    await db.query('ALTER TABLE unit DROP COLUMN effective_region');
  }
}
