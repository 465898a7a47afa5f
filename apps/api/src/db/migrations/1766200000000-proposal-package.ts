import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The proposal package (issue 14): the letters an Inspektorat sends with a proposal, as templates
 * it edits, and each assessment's package as assembled (the zip's bytes, its SHA-256 and manifest),
 * so that a later download is the same file.
 */
export class ProposalPackage1766200000000 implements MigrationInterface {
  name = 'ProposalPackage1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE letter_template (
        instansi_id uuid NOT NULL REFERENCES instansi (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('cover_letter', 'sptjm')),
        body text NOT NULL CHECK (length(trim(body)) > 0 AND length(body) <= 20000),
        updated_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (instansi_id, kind)
      )`);
    await db.query('CREATE INDEX letter_template_updated_by_idx ON letter_template (updated_by)');
    await db.query(`
      CREATE TABLE proposal_package (
        assessment_id uuid PRIMARY KEY REFERENCES assessment (id) ON DELETE RESTRICT,
        zip bytea NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        manifest jsonb NOT NULL CHECK (jsonb_typeof(manifest) = 'array'),
        assembled_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        assembled_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX proposal_package_assembled_by_idx ON proposal_package (assembled_by)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE proposal_package');
    await db.query('DROP TABLE letter_template');
  }
}
