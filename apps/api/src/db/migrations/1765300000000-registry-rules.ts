import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry's rules, each in one place (decision 0035). TypeScript twins live in
 * modules/predicates/predicate-rules.ts and modules/units/region-rule.ts, tested to agree.
 */
export class RegistryRules1765300000000 implements MigrationInterface {
  name = 'RegistryRules1765300000000';

  async up(db: QueryRunner): Promise<void> {
    // "Predicate held": awarded and not revoked. The only place `revoked_on IS NULL` is written.
    await db.query(`
      CREATE VIEW held_predicate AS
        SELECT * FROM predicate WHERE revoked_on IS NULL`);
    // One row per unit that was ever awarded a predicate. "Active predicate" is the highest held one
    // (WBBM over WBK); a unit "holds WBK" only when WBK is its active predicate, so a WBK unit later
    // upgraded to WBBM is counted once, as WBBM. "Ever awarded" includes revoked predicates;
    // `revoked_predicates` counts the unit's predicates not held.
    await db.query(`
      CREATE VIEW unit_predicate_status AS
        SELECT p.unit_id,
          CASE WHEN bool_or(held.kind = 'wbbm') THEN 'wbbm'
               WHEN bool_or(held.kind = 'wbk') THEN 'wbk' END AS active_predicate,
          bool_or(p.kind = 'wbk') AS ever_wbk,
          bool_or(p.kind = 'wbbm') AS ever_wbbm,
          (count(*) - count(held.id))::int AS revoked_predicates
        FROM predicate p LEFT JOIN held_predicate held ON held.id = p.id
        GROUP BY p.unit_id`);
    // "In this region": the unit's own region code if set, else its instansi's; a code contains
    // itself and every code below it by whole segments ('64' holds '64.71', not '641').
    await db.query(`
      CREATE FUNCTION region_contains(region text, code text) RETURNS boolean
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT code = region OR starts_with(code, region || '.') $$`);
    await db.query(`
      CREATE FUNCTION unit_region(unit_region text, instansi_region text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT coalesce(unit_region, instansi_region) $$`);
    await db.query(`
      CREATE FUNCTION unit_in_region(unit_region text, instansi_region text, region text) RETURNS boolean
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT coalesce(region_contains(region, unit_region(unit_region, instansi_region)), false) $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION unit_in_region(text, text, text)');
    await db.query('DROP FUNCTION unit_region(text, text)');
    await db.query('DROP FUNCTION region_contains(text, text)');
    await db.query('DROP VIEW unit_predicate_status');
    await db.query('DROP VIEW held_predicate');
  }
}
