import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each stored score also keeps its groups' points and weights alone, `{ code: [score, weight] }`:
 * about a fifth of the full groups, which is what a dashboard over thousands of units reads.
 */
export class ScorePoints1764700000000 implements MigrationInterface {
  name = 'ScorePoints1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assessment_score ADD COLUMN points jsonb NOT NULL DEFAULT '{}'`);
    await db.query(`
      UPDATE assessment_score SET points = (
        SELECT coalesce(jsonb_object_agg(key, jsonb_build_array(value -> 'score', value -> 'weight')), '{}')
        FROM jsonb_each(groups))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE assessment_score DROP COLUMN points');
  }
}
