import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15. Evidence guidance per question: the defaults are drawn from each worksheet version's
 * criteria in code; an instansi's Inspektorat may rewrite a question's guidance for its units, per
 * worksheet version, and a rewrite is kept here.
 */
export class EvidenceGuidance1766700000000 implements MigrationInterface {
  name = 'EvidenceGuidance1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evidence_guidance (
        instansi_id uuid NOT NULL REFERENCES instansi (id) ON DELETE CASCADE,
        framework_code text NOT NULL,
        question_code text NOT NULL,
        expected text[] NOT NULL CONSTRAINT evidence_guidance_expected_lines
          CHECK (cardinality(expected) BETWEEN 1 AND 10),
        examples text[] NOT NULL CONSTRAINT evidence_guidance_example_lines CHECK (cardinality(examples) <= 10),
        updated_by uuid NOT NULL REFERENCES app_user (id),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (instansi_id, framework_code, question_code)
      )
    `);
    await db.query('CREATE INDEX evidence_guidance_updated_by_idx ON evidence_guidance (updated_by)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE evidence_guidance');
  }
}
