import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rescoreStoredLayers } from '../../modules/assessments/layer-score.js';

/**
 * A layer's total keeps the engine's ten places, as its group scores do. At four places a total of
 * 2.684983… was stored as 2.6850 and shown as 2.69, while the engine, the live screen and the same
 * score in `groups` say 2.68: rounding twice moved a cent (decision 0033).
 */
export class ScoreTotalPrecision1765700000000 implements MigrationInterface {
  name = 'ScoreTotalPrecision1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE assessment_score ALTER COLUMN total TYPE numeric(13, 10)');
    await rescoreStoredLayers(db.manager);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE assessment_score ALTER COLUMN total TYPE numeric(8, 4)');
  }
}
