import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revised evaluation report (LHE revisi, issue 14): an issued report is never changed; a
 * correction is a new report with its own number, revision and reason, and the one it replaces
 * names it (`superseded_by`), so its code still verifies and says what replaced it. One report per
 * assessment is current: the one nothing supersedes. The public verification reads the table, so
 * its writes move the public data version as the registry's do: no cached answer outlives them.
 */
export class LheRevision1766400000000 implements MigrationInterface {
  name = 'LheRevision1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE lhe_report
        DROP CONSTRAINT lhe_report_pkey,
        ADD COLUMN revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
        ADD COLUMN revision_reason text CHECK (length(trim(revision_reason)) >= 10 AND length(revision_reason) <= 1000),
        ADD COLUMN superseded_by text UNIQUE REFERENCES lhe_report (verification_code)
          ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
        ADD CONSTRAINT lhe_report_revision_has_reason CHECK ((revision = 0) = (revision_reason IS NULL)),
        ADD PRIMARY KEY (assessment_id, revision)`);
    await db.query(
      'CREATE UNIQUE INDEX lhe_report_current_idx ON lhe_report (assessment_id) WHERE superseded_by IS NULL',
    );
    await db.query(`
      CREATE TRIGGER lhe_report_bumps_public_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON lhe_report
      FOR EACH STATEMENT EXECUTE FUNCTION bump_public_data_version()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER lhe_report_bumps_public_version ON lhe_report');
    // Back to one report per assessment: the first as issued (its revisions are lost).
    await db.query('UPDATE lhe_report SET superseded_by = NULL');
    await db.query('DELETE FROM lhe_report WHERE revision > 0');
    await db.query(`
      ALTER TABLE lhe_report DROP CONSTRAINT lhe_report_pkey, DROP COLUMN superseded_by,
        DROP COLUMN revision_reason, DROP COLUMN revision, ADD PRIMARY KEY (assessment_id)`);
  }
}
