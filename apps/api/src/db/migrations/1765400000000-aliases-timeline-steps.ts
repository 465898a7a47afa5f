import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, points 8 and 9 (decision 0037):
 * - a unit's acronyms and short names ("DPMPTSP", "Bappeda"), several per unit, searched like its
 *   name through a trigram index on their lower-cased text;
 * - one public step per unit, stage and program year: a return and resubmission moves the step's date
 *   to the latest one instead of adding a second step. Existing repeats keep their latest row,
 *   which keeps the latest note and source of the rows folded into it.
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

    // The latest row of each repeat survives; on a tie of date and creation time, the one with a note
    // or a source, then the greatest id, so that the outcome does not depend on random uuids. The
    // survivor keeps its own note and source, or else takes the latest ones of the rows folded into it
    // (news links and decree URLs are not lost).
    await db.query(`
      WITH ranked AS (
        SELECT id, unit_id, stage, year, note, source_url,
          row_number() OVER (
            PARTITION BY unit_id, stage, year
            ORDER BY occurred_on DESC, created_at DESC,
              (note IS NOT NULL OR source_url IS NOT NULL) DESC, id DESC
          ) AS rank
        FROM stage_event
      ),
      carried AS (
        SELECT unit_id, stage, year,
          (array_agg(note ORDER BY rank) FILTER (WHERE note IS NOT NULL))[1] AS note,
          (array_agg(source_url ORDER BY rank) FILTER (WHERE source_url IS NOT NULL))[1] AS source_url
        FROM ranked GROUP BY unit_id, stage, year HAVING count(*) > 1
      ),
      kept AS (
        UPDATE stage_event s SET note = carried.note, source_url = carried.source_url
        FROM ranked, carried
        WHERE ranked.id = s.id AND ranked.rank = 1 AND carried.unit_id = ranked.unit_id
          AND carried.stage = ranked.stage AND carried.year = ranked.year
        RETURNING s.id
      )
      DELETE FROM stage_event s USING ranked WHERE ranked.id = s.id AND ranked.rank > 1`);
    await db.query(`CREATE UNIQUE INDEX stage_event_step_key ON stage_event (unit_id, stage, year)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX stage_event_step_key`);
    await db.query(`DROP INDEX unit_alias_trgm_idx`);
    await db.query(`DROP FUNCTION unit_alias_text(text[])`);
    await db.query(`ALTER TABLE unit DROP COLUMN aliases`);
  }
}
