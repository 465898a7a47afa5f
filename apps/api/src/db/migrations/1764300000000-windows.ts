import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines per instansi and year: until when units fill their worksheet and until when the TPI
 * evaluates. After a window closes, a layer is read-only unless the Inspektorat reopens it for one
 * assessment, until a date, with a reason.
 */
export class Windows1764300000000 implements MigrationInterface {
  name = 'Windows1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessment_window (
        instansi_id uuid NOT NULL REFERENCES instansi (id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 2012 AND 2100),
        fill_until date NOT NULL,
        review_until date NOT NULL,
        updated_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (instansi_id, year),
        CHECK (review_until >= fill_until)
      )`);
    await db.query('CREATE INDEX assessment_window_updated_by_idx ON assessment_window (updated_by)');
    await db.query(`
      CREATE TABLE layer_reopening (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        layer text NOT NULL CHECK (layer IN ('unit', 'tpi', 'review')),
        until date NOT NULL,
        reason text NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 4000),
        reopened_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX layer_reopening_assessment_idx ON layer_reopening (assessment_id, layer)');
    await db.query('CREATE INDEX layer_reopening_reopened_by_idx ON layer_reopening (reopened_by)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS layer_reopening');
    await db.query('DROP TABLE IF EXISTS assessment_window');
  }
}
