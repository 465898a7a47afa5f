import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, points 8 and 9 (decision 0037):
 * - a unit's acronyms and short names ("DPMPTSP", "Bappeda"), several per unit, searched like its
 *   name through a trigram index on their lower-cased text;
 * - one public step per unit, stage and program year: a return and resubmission moves the step's date
 *   to the latest one instead of adding a second step. Existing repeats keep their latest row.
 */
export class AliasesTimelineSteps1765400000000 implements MigrationInterface {
  name = 'AliasesTimelineSteps1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE unit ADD COLUMN aliases text[] NOT NULL DEFAULT '{}'`);
    // '|dpmptsp|dinas pmptsp|': each alias between bars, so that an exact alias is LIKE '%|word|%'
    // and a part of one is ILIKE '%word%', both served by one trigram index. array_to_string is
    // only STABLE in general, but immutable for text[]: the wrapper lets it back an index.
    await db.query(`
      CREATE FUNCTION unit_alias_text(aliases text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN '|' || lower(array_to_string(aliases, '|')) || '|'`);
    await db.query(
      `CREATE INDEX unit_alias_trgm_idx ON unit USING gin (unit_alias_text(aliases) gin_trgm_ops)`,
    );

    await db.query(`
      DELETE FROM stage_event s USING stage_event later
      WHERE later.unit_id = s.unit_id AND later.stage = s.stage AND later.year = s.year
        AND (later.occurred_on, later.created_at, later.id) > (s.occurred_on, s.created_at, s.id)`);
    await db.query(`CREATE UNIQUE INDEX stage_event_step_key ON stage_event (unit_id, stage, year)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX stage_event_step_key`);
    await db.query(`DROP INDEX unit_alias_trgm_idx`);
    await db.query(`DROP FUNCTION unit_alias_text(text[])`);
    await db.query(`ALTER TABLE unit DROP COLUMN aliases`);
  }
}
