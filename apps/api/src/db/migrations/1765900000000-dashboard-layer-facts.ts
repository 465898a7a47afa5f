import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13 (decision 0046): what the dashboard reads of each stored layer score, kept narrow beside
 * it in `dashboard_layer_facts`. Its total, answered and questions are copied by a trigger on
 * `assessment_score` in the writer's own transaction, whatever module writes the score; the same
 * trigger bumps the row's `version` and clears its `facts`. The facts (each change area's percent,
 * the eligibility rules the points fail) are pure functions of the points that @zi/lke works out in
 * exact arithmetic at ~100 µs a layer, seconds per request at 100,000 units: the dashboard computes
 * missing ones when it reads them and stores them only if the row still has the version it read
 * (dashboard.queries.ts), so stored facts always belong to the score beside them. A writer touches
 * only the row of the score it already locks: no row is shared between worksheets, so concurrent
 * saves do not queue behind one another.
 */
export class DashboardLayerFacts1765900000000 implements MigrationInterface {
  name = 'DashboardLayerFacts1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dashboard_layer_facts (
        assessment_id uuid NOT NULL,
        layer text NOT NULL,
        total numeric NOT NULL,
        answered integer NOT NULL,
        questions integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        facts jsonb,
        CONSTRAINT dashboard_layer_facts_pkey PRIMARY KEY (assessment_id, layer),
        CONSTRAINT dashboard_layer_facts_score_fkey FOREIGN KEY (assessment_id, layer)
          REFERENCES assessment_score (assessment_id, layer) ON DELETE CASCADE ON UPDATE CASCADE
      )`);
    await db.query(`
      CREATE FUNCTION dashboard_layer_facts_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO dashboard_layer_facts (assessment_id, layer, total, answered, questions)
        VALUES (NEW.assessment_id, NEW.layer, NEW.total, NEW.answered, NEW.questions)
        ON CONFLICT (assessment_id, layer) DO UPDATE SET total = EXCLUDED.total, answered = EXCLUDED.answered,
          questions = EXCLUDED.questions, version = dashboard_layer_facts.version + 1, facts = NULL;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER assessment_score_new_facts AFTER INSERT ON assessment_score
      FOR EACH ROW EXECUTE FUNCTION dashboard_layer_facts_stale()`);
    // A save that leaves the score as it was (a note, evidence) leaves the row alone.
    await db.query(`
      CREATE TRIGGER assessment_score_stale_facts AFTER UPDATE ON assessment_score FOR EACH ROW
      WHEN ((OLD.total, OLD.answered, OLD.questions, OLD.points) IS DISTINCT FROM
            (NEW.total, NEW.answered, NEW.questions, NEW.points))
      EXECUTE FUNCTION dashboard_layer_facts_stale()`);
    await db.query(`
      INSERT INTO dashboard_layer_facts (assessment_id, layer, total, answered, questions)
      SELECT assessment_id, layer, total, answered, questions FROM assessment_score`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER assessment_score_stale_facts ON assessment_score');
    await db.query('DROP TRIGGER assessment_score_new_facts ON assessment_score');
    await db.query('DROP FUNCTION dashboard_layer_facts_stale()');
    await db.query('DROP TABLE dashboard_layer_facts');
  }
}
