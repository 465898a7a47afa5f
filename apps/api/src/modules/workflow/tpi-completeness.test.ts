import { requireFramework } from '@zi/lke';
import {
  AcceptableUnitAnswersDocument,
  AcceptUnitAnswersDocument,
  AssessmentLayerDocument,
  MeDocument,
  MoveAssessmentDocument,
  SetAnswersDocument,
  SetAssessmentWindowDocument,
  StartAssessmentDocument,
  type WorkflowAction,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import { completeAnswers } from '../../test/complete-answers.js';
import {
  createTestApp,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';

let app: TestApp;
let cookies: Record<string, string>;
let assessmentId: string;

let admin: Portal<string>;
const move = (action: WorkflowAction, who = 'evaluator') =>
  admin(MoveAssessmentDocument, { input: { assessmentId, action } }, who);
const accept = (who = 'evaluator') => admin(AcceptUnitAnswersDocument, { input: { assessmentId } }, who);
const setWindow = (reviewUntil: string) =>
  admin(SetAssessmentWindowDocument, { input: { year: 2026, fillUntil: day(-10), reviewUntil } }, 'admin');
const day = (offset: number) => todayInIndonesia(Date.now() + offset * 86_400_000);

/** The option of a choice question the unit (answering every question at its best) did not take. */
const otherOption = (code: string) =>
  requireFramework('permenpanrb-90-2021').questions.get(code)?.answerType.options?.at(-1)?.value;

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  admin = portal(app, cookies, 'admin');
  const unitId = (await admin(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
  const started = await admin(StartAssessmentDocument, { input: { unitId, year: 2026 } }, 'operator');
  assessmentId = started.data?.startAssessment.id ?? '';
  const filled = await admin(
    SetAnswersDocument,
    { input: { assessmentId, layer: 'UNIT', answers: completeAnswers() } },
    'operator',
  );
  expect(filled.errors).toBeUndefined();
  expect((await move('SUBMIT', 'operator')).data?.moveAssessment.status).toBe('SUBMITTED');
});
afterAll(() => app.close());

describe("the TPI's approval of a complete evaluation", () => {
  it('is refused to an evaluator not assigned to the unit, and to operators', async () => {
    const unassigned = await accept();
    expect(unassigned.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'assessmentId',
    });
    expect(errorCodes(await accept('operator'))).toEqual(['FORBIDDEN']);
    await app.dataSource.query(
      `INSERT INTO evaluator_assignment (user_id, unit_id, lead)
       SELECT u.id, (SELECT unit_id FROM app_user WHERE email = 'operator@demo.zi.id'), false
       FROM app_user u WHERE u.email = 'evaluator@demo.zi.id'`,
    );
    expect((await move('START_REVIEW')).data?.moveAssessment.status).toBe('IN_REVIEW');
  });

  it('refuses to approve while the TPI has not evaluated every question, naming them', async () => {
    const own = await admin(
      SetAnswersDocument,
      {
        input: {
          assessmentId,
          layer: 'TPI',
          answers: [
            {
              code: 'A.I.1.i.a',
              option: otherOption('A.I.1.i.a'),
              note: 'SK belum ditandatangani.',
              version: 0,
            },
            { code: 'A.I.1.i.b', note: 'Periksa notulen seleksi.', version: 0 },
          ],
        },
      },
      'evaluator',
    );
    expect(own.data?.setAnswers.score?.answered).toBe(1);
    const approve = await move('APPROVE');
    expect(approve.errors?.[0]?.message).toMatch(
      /^112 questions are not evaluated by the TPI yet: A\.I\.1\.i\.b, /,
    );
    expect(approve.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'assessmentId',
      reason: 'TPI_INCOMPLETE',
    });
    const missing = approve.errors?.[0]?.extensions?.incomplete as string[];
    expect(missing).toHaveLength(112);
    expect(missing).not.toContain('A.I.1.i.a');
  });

  it("refuses to accept the unit's answers once the evaluation window has closed", async () => {
    await setWindow(day(-1));
    const closed = await accept();
    expect(closed.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'WINDOW_CLOSED',
      layer: 'tpi',
    });
    await setWindow(day(5));
  });

  it("fills every question the TPI has not answered with the unit's answer, keeping the TPI's own, audited", async () => {
    // What the TPI is told it will fill is what it fills; the unit does not see the TPI's work.
    const acceptable = (await admin(AcceptableUnitAnswersDocument, { id: assessmentId }, 'evaluator')).data
      ?.assessment?.acceptableUnitAnswers;
    const asUnit = await admin(AcceptableUnitAnswersDocument, { id: assessmentId }, 'operator');
    expect(asUnit.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LAYER_ROLE' });
    const result = await accept();
    expect(result.errors).toBeUndefined();
    const { accepted, assessment } = result.data?.acceptUnitAnswers ?? {};
    expect(accepted).toHaveLength(112);
    expect(accepted).toEqual(acceptable);
    expect(accepted).not.toContain('A.I.1.i.a');
    expect(assessment?.tpiLayer.score).toMatchObject({ answered: 113, questions: 113 });
    const tpi = await admin(AssessmentLayerDocument, { id: assessmentId, layer: 'TPI' }, 'evaluator');
    const answers = new Map(tpi.data?.assessment?.layer.answers.map((answer) => [answer.code, answer]));
    expect(answers.get('A.I.1.i.a')).toMatchObject({
      option: otherOption('A.I.1.i.a'),
      note: 'SK belum ditandatangani.',
      version: 1,
    });
    expect(answers.get('A.I.1.i.b')).toMatchObject({
      option: 'a',
      note: 'Periksa notulen seleksi.',
      version: 2,
    });

    const audited = (await app.dataSource.query(
      `SELECT e.after, u.email FROM audit_event e JOIN app_user u ON u.id = e.actor_user_id
       WHERE e.action = 'answers.set' AND e.after ? 'acceptedFromUnit'`,
    )) as { after: { layer: string; acceptedFromUnit: string[]; answers: object }; email: string }[];
    expect(audited).toHaveLength(1);
    expect(audited[0]?.email).toBe('evaluator@demo.zi.id');
    expect(audited[0]?.after.layer).toBe('tpi');
    expect(audited[0]?.after.acceptedFromUnit).toEqual(accepted);
    expect(audited[0]?.after.answers).not.toHaveProperty('A.I.1.i.a');

    const again = await accept();
    expect(again.data?.acceptUnitAnswers.accepted).toEqual([]);
  });

  it('approves once the TPI layer is complete', async () => {
    expect((await move('APPROVE')).data?.moveAssessment.status).toBe('SECOND_REVIEW');
  });
});
