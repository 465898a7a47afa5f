import { requireFramework } from '@zi/lke';
import {
  AddEvidenceLinkDocument,
  type AnswerInput,
  type AnswerLayer,
  AssessmentLayerDocument,
  AssessmentWorksheetDocument,
  SetAnswersDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import { createTestApp, type Portal, portal, signInEach, type TestApp } from '../../test/harness.js';

/*
 * The worksheet page loads with the portal's two documents: the worksheet, then the layer it opens
 * on. What each costs in SQL statements (decision 0048), by who reads which worksheet: a bound that
 * fails when a field starts a look-up of its own, and that no number of answers, evidence or moves
 * changes.
 */
const STATEMENTS: Record<'admin' | 'evaluator', Record<Status, { worksheet: number; layer: number }>> = {
  // The admin may write the TPI's and the review's layers while the TPI evaluates: two deadline looks.
  // The issued LHE is one look, shared by `lheReport` and `viewerMay.issueLhe` (a loader).
  admin: { in_review: { worksheet: 14, layer: 7 }, evaluated: { worksheet: 12, layer: 7 } },
  evaluator: { in_review: { worksheet: 13, layer: 7 }, evaluated: { worksheet: 12, layer: 7 } },
};
type Status = 'in_review' | 'evaluated';
type Who = keyof typeof STATEMENTS;

let app: TestApp;
let asViewer: Portal<Who>;
const worksheets = {} as Record<Status, string>;

beforeAll(async () => {
  app = await createTestApp();
  asViewer = portal(app, await signInEach(app, ['admin', 'evaluator']), 'admin');
  for (const status of ['in_review', 'evaluated'] as const) {
    const [row] = (await app.dataSource.query(
      `SELECT a.id FROM assessment a
       JOIN evaluator_assignment ea ON ea.unit_id = a.unit_id
       JOIN app_user u ON u.id = ea.user_id AND u.email = 'evaluator@demo.zi.id'
       WHERE a.year = 2026 AND a.status = $1
         AND EXISTS (SELECT 1 FROM answer x WHERE x.assessment_id = a.id AND x.layer = 'tpi')
       ORDER BY a.id LIMIT 1`,
      [status],
    )) as Array<{ id: string }>;
    if (!row) throw new Error(`the demo has no ${status} worksheet of 2026 the evaluator is assigned to`);
    worksheets[status] = toGlobalId('Assessment', row.id);
    // As people leave them: moves in the history, answers with their authors.
    await moves(row.id, 2);
    await app.dataSource.query(
      `UPDATE answer SET author_id = (SELECT id FROM app_user WHERE email = 'evaluator@demo.zi.id')
       WHERE assessment_id = $1`,
      [row.id],
    );
  }
});
afterAll(() => app.close());

/** The statements of each of the page's documents, as `who` opens the worksheet on `layer`. */
async function pageStatements(who: Who, id: string, layer: AnswerLayer = 'UNIT') {
  app.queries.count = 0;
  const worksheet = await asViewer(AssessmentWorksheetDocument, { id }, who);
  const worksheetStatements = app.queries.count;
  app.queries.count = 0;
  const details = await asViewer(AssessmentLayerDocument, { id, layer }, who);
  const layerStatements = app.queries.count;
  expect(worksheet.errors).toBeUndefined();
  expect(details.errors).toBeUndefined();
  expect(worksheet.data?.assessment?.framework.questions.length).toBeGreaterThan(100);
  return {
    worksheet: worksheetStatements,
    layer: layerStatements,
    answers: details.data?.assessment?.layer.answers.length ?? 0,
  };
}

/** Adds `count` moves to an assessment's history, by the evaluator and the admin in turn. */
async function moves(assessmentId: string, count: number) {
  for (let move = 0; move < count; move += 1)
    await app.dataSource.query(
      `INSERT INTO assessment_transition (assessment_id, action, from_status, to_status, actor_id)
       SELECT $1, 'start_review', 'submitted', 'in_review', id FROM app_user WHERE email = $2`,
      [assessmentId, move % 2 === 0 ? 'evaluator@demo.zi.id' : 'admin@demo.zi.id'],
    );
}

/** Choice questions' codes in sheet order, and a value each accepts. */
const choices = [...requireFramework('permenpanrb-90-2021').questions.values()]
  .filter((entry) => !entry.formula && entry.answerType.options)
  .map((entry) => ({ code: entry.node.code, option: entry.answerType.options?.[0]?.value ?? '' }));

describe('the worksheet page', () => {
  for (const who of ['admin', 'evaluator'] as const) {
    for (const status of ['in_review', 'evaluated'] as const) {
      it(`loads for the ${who}, ${status.replace('_', ' ')}, in at most ${STATEMENTS[who][status].worksheet} + ${STATEMENTS[who][status].layer} statements`, async () => {
        const cost = await pageStatements(who, worksheets[status]);
        expect(cost.answers).toBeGreaterThan(100);
        expect(cost.worksheet).toBeLessThanOrEqual(STATEMENTS[who][status].worksheet);
        expect(cost.layer).toBeLessThanOrEqual(STATEMENTS[who][status].layer);
      });
    }
  }

  it('costs as many statements with 2 answers in a layer as with 60, evidence and history', async () => {
    const id = worksheets.in_review;
    const answer = (from: number, to: number): AnswerInput[] =>
      choices.slice(from, to).map(({ code, option }) => ({ code, option, version: 0 }));
    const save = async (answers: AnswerInput[]) => {
      const saved = await asViewer(SetAnswersDocument, {
        input: { assessmentId: id, layer: 'REVIEW', answers },
      });
      expect(saved.errors).toBeUndefined();
    };
    await save(answer(0, 2));
    await moves(fromGlobalIdOf('Assessment', id), 1);
    const few = await pageStatements('admin', id, 'REVIEW');
    expect(few.answers).toBe(2);

    await save(answer(2, 60));
    for (const { code } of choices.slice(0, 8)) {
      const added = await asViewer(AddEvidenceLinkDocument, {
        input: {
          assessmentId: id,
          layer: 'REVIEW',
          code,
          url: `https://example.org/${code}.pdf`,
          name: code,
        },
      });
      expect(added.errors).toBeUndefined();
    }
    await moves(fromGlobalIdOf('Assessment', id), 6);
    const many = await pageStatements('admin', id, 'REVIEW');
    expect(many.answers).toBe(60);
    expect(many).toMatchObject({ worksheet: few.worksheet, layer: few.layer });
    expect(many.worksheet).toBeLessThanOrEqual(STATEMENTS.admin.in_review.worksheet);
    expect(many.layer).toBeLessThanOrEqual(STATEMENTS.admin.in_review.layer);
  });
});
