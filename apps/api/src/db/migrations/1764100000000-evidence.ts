import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence (bukti dukung): stored files, content-addressed so the same file is kept once, and their
 * links to a question of an assessment layer — or a link to a document kept elsewhere. A replaced
 * or removed link stays, marked, for the audit trail.
 */
export class Evidence1764100000000 implements MigrationInterface {
  name = 'Evidence1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evidence_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sha256 text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        media_type text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        layer text NOT NULL CHECK (layer IN ('unit', 'tpi', 'review')),
        code text NOT NULL,
        file_id uuid REFERENCES evidence_file (id) ON DELETE RESTRICT,
        url text CHECK (url IS NULL OR url ~ '^https?://'),
        name text NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 300),
        added_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        replaced_by uuid REFERENCES evidence (id) ON DELETE RESTRICT,
        removed_at timestamptz,
        removed_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        CHECK ((file_id IS NULL) <> (url IS NULL)),
        CHECK ((removed_at IS NULL) = (removed_by IS NULL))
      )`);
    await db.query('CREATE INDEX evidence_question_idx ON evidence (assessment_id, layer, code)');
    await db.query('CREATE INDEX evidence_file_idx ON evidence (file_id)');
    await db.query('CREATE INDEX evidence_added_by_idx ON evidence (added_by)');
    await db.query('CREATE INDEX evidence_removed_by_idx ON evidence (removed_by)');
    await db.query('CREATE INDEX evidence_replaced_by_idx ON evidence (replaced_by)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS evidence');
    await db.query('DROP TABLE IF EXISTS evidence_file');
  }
}
