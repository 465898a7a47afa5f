import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15. The monitoring grid saves many judgements at once while others may edit the same
 * round: each judgement carries a version, as a worksheet answer does, and a save made on an older
 * version is refused instead of overwriting someone else's judgement unseen.
 */
export class MonitoringProgressVersion1766600000000 implements MigrationInterface {
  name = 'MonitoringProgressVersion1766600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE monitoring_progress
        ADD COLUMN version integer NOT NULL DEFAULT 1 CONSTRAINT monitoring_progress_version_positive CHECK (version >= 1)
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE monitoring_progress DROP COLUMN version');
  }
}
