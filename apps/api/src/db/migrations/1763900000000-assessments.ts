import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worksheet frameworks (stored from @zi/lke at start), assessments (unit × year × framework),
 * answers per layer with optimistic versions, and the stored scores of each layer.
 */
export class Assessments1763900000000 implements MigrationInterface {
  name = 'Assessments1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE lke_framework (
        code text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]+$'),
        version text NOT NULL,
        title text NOT NULL,
        regulation text NOT NULL,
        definition jsonb NOT NULL,
        content_hash text NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        year integer NOT NULL CHECK (year BETWEEN 2012 AND 2100),
        framework_code text NOT NULL REFERENCES lke_framework (code) ON DELETE RESTRICT,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'submitted', 'in_review', 'evaluated', 'returned')),
        created_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (unit_id, year, framework_code)
      )`);
    await db.query(`CREATE INDEX assessment_unit_idx ON assessment (unit_id, year)`);
    await db.query(`CREATE INDEX assessment_framework_idx ON assessment (framework_code)`);

    await db.query(`
      CREATE TABLE answer (
        assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        layer text NOT NULL CHECK (layer IN ('unit', 'tpi', 'review')),
        code text NOT NULL,
        value jsonb CHECK (value IS NULL OR jsonb_typeof(value) IN ('string', 'number')),
        note text CHECK (note IS NULL OR length(note) <= 4000),
        author_id uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL CHECK (version > 0),
        PRIMARY KEY (assessment_id, layer, code)
      )`);
    await db.query(`CREATE INDEX answer_author_idx ON answer (author_id)`);

    await db.query(`
      CREATE TABLE assessment_score (
        assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        layer text NOT NULL CHECK (layer IN ('unit', 'tpi', 'review')),
        total numeric(8, 4) NOT NULL CHECK (total BETWEEN 0 AND 100),
        answered integer NOT NULL CHECK (answered >= 0),
        questions integer NOT NULL CHECK (questions >= 0),
        groups jsonb NOT NULL,
        question_scores jsonb NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (assessment_id, layer)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['assessment_score', 'answer', 'assessment', 'lke_framework']) {
      await db.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
  }
}
