import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rescoreStoredLayers } from '../../modules/assessments/layer-score.js';

/**
 * Every stored layer score rescored by the engine this code ships with, as if each worksheet were
 * saved again: scores stored before decisions 0033 and 0034 had rounded sums (three thirds failing
 * a 75% threshold), gave a zero denominator full marks where it now earns nothing, and carried no
 * exact fraction. Submitted and awarded worksheets are never written again, so without this they
 * would keep the old verdicts beside the new ones in the dashboard, the LHE and the worksheet.
 */
export class RescoreStoredLayers1765500000000 implements MigrationInterface {
  name = 'RescoreStoredLayers1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await rescoreStoredLayers(db.manager);
  }

  async down(): Promise<void> {
    // The old scores were the old engine's arithmetic: nothing to restore them from, nor a reason to.
  }
}
