import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evaluation workflow: the full set of assessment statuses, each move recorded with who made
 * it and why, and single questions returned to the unit for revision.
 */
export class Workflow1764200000000 implements MigrationInterface {
  name = 'Workflow1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE assessment DROP CONSTRAINT assessment_status_check');
    await db.query(`
      ALTER TABLE assessment ADD CONSTRAINT assessment_status_check CHECK (status IN (
        'draft', 'submitted', 'in_review', 'returned', 'evaluated', 'proposed', 'not_proposed', 'awarded', 'not_awarded'
      ))`);
    await db.query(`
      CREATE TABLE assessment_transition (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        action text NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        actor_id uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        reason text CHECK (reason IS NULL OR length(reason) <= 4000),
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE INDEX assessment_transition_assessment_idx ON assessment_transition (assessment_id, id)',
    );
    await db.query('CREATE INDEX assessment_transition_actor_idx ON assessment_transition (actor_id)');
    await db.query(`
      CREATE TABLE question_return (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
        code text NOT NULL,
        reason text NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 4000),
        returned_by uuid REFERENCES app_user (id) ON DELETE RESTRICT,
        returned_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz
      )`);
    await db.query('CREATE INDEX question_return_assessment_idx ON question_return (assessment_id, code)');
    await db.query('CREATE INDEX question_return_returned_by_idx ON question_return (returned_by)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS question_return');
    await db.query('DROP TABLE IF EXISTS assessment_transition');
    await db.query('ALTER TABLE assessment DROP CONSTRAINT assessment_status_check');
    await db.query(`
      ALTER TABLE assessment ADD CONSTRAINT assessment_status_check
      CHECK (status IN ('draft', 'submitted', 'in_review', 'evaluated', 'returned'))`);
  }
}
