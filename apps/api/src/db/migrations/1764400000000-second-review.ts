import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The second review step: an instansi may require that its TPI's approval is confirmed by the
 * team lead (ketua tim) of the unit's evaluators before the evaluation counts. Which evaluator
 * leads a unit's team is a flag on the assignment.
 */
export class SecondReview1764400000000 implements MigrationInterface {
  name = 'SecondReview1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE instansi ADD COLUMN second_review boolean NOT NULL DEFAULT false');
    await db.query('ALTER TABLE evaluator_assignment ADD COLUMN lead boolean NOT NULL DEFAULT false');
    await db.query('CREATE INDEX evaluator_assignment_lead_idx ON evaluator_assignment (unit_id) WHERE lead');
    await db.query('ALTER TABLE assessment DROP CONSTRAINT assessment_status_check');
    await db.query(`
      ALTER TABLE assessment ADD CONSTRAINT assessment_status_check CHECK (status IN (
        'draft', 'submitted', 'in_review', 'returned', 'second_review', 'evaluated', 'proposed',
        'not_proposed', 'awarded', 'not_awarded'
      ))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE assessment SET status = 'in_review' WHERE status = 'second_review'`);
    await db.query('ALTER TABLE assessment DROP CONSTRAINT assessment_status_check');
    await db.query(`
      ALTER TABLE assessment ADD CONSTRAINT assessment_status_check CHECK (status IN (
        'draft', 'submitted', 'in_review', 'returned', 'evaluated', 'proposed', 'not_proposed', 'awarded', 'not_awarded'
      ))`);
    await db.query('DROP INDEX IF EXISTS evaluator_assignment_lead_idx');
    await db.query('ALTER TABLE evaluator_assignment DROP COLUMN lead');
    await db.query('ALTER TABLE instansi DROP COLUMN second_review');
  }
}
