import {
  type AnswerInput,
  type AnswerLayer,
  AssessmentLayerDocument,
  AssessmentWorksheetDocument,
  MeDocument,
  MoveAssessmentDocument,
  type MoveAssessmentInput,
  NotificationsDocument,
  SecondReviewsWaitingDocument,
  SetAnswersDocument,
  SetSecondReviewDocument,
  StartAssessmentDocument,
  type WorkflowAction as WorkflowActionName,
} from '@zi/schema/admin';
import { UnitPageDocument } from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { completeAnswers } from '../../test/complete-answers.js';
import {
  createTestApp,
  errorCodes,
  graphql,
  type Portal,
  portal,
  signInEach,
  type TestApp,
} from '../../test/harness.js';
import { AssessmentStatus } from '../assessments/assessment.entity.js';
import { Role } from '../auth/user.entity.js';
import {
  allowedActions,
  destinationOf,
  type MoveContext,
  refusal,
  WorkflowAction,
} from './workflow.machine.js';

let app: TestApp;
let admin: string;
let cookies: Record<string, string>;
let assessmentId: string;
let unitId: string;

const NONE: MoveContext = { secondReview: false, isTeamLead: false, approvedByViewer: false };

let asViewer: Portal<string>;

const move = (
  who: string,
  action: WorkflowAction,
  extra: Omit<MoveAssessmentInput, 'assessmentId' | 'action'> = {},
) =>
  asViewer(
    MoveAssessmentDocument,
    {
      input: { assessmentId, action: action.toUpperCase() as WorkflowActionName, ...extra },
    },
    who,
  );
const setAnswers = (who: string, layer: AnswerLayer, answers: AnswerInput[]) =>
  asViewer(SetAnswersDocument, { input: { assessmentId, layer, answers } }, who);
const state = async (who = 'admin') =>
  (await asViewer(AssessmentWorksheetDocument, { id: assessmentId }, who)).data?.assessment;
const publicTimeline = async () =>
  (await graphql(`${app.url}/graphql`, UnitPageDocument, { id: unitId })).data?.unit;

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEach(app, ['admin', 'evaluator', 'ketua', 'operator']);
  asViewer = portal(app, cookies, 'admin');
  admin = cookies.admin ?? '';
  unitId = (await asViewer(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
  const started = await asViewer(StartAssessmentDocument, { input: { unitId, year: 2026 } }, 'operator');
  assessmentId = started.data?.startAssessment.id ?? '';
  // The TPI team (an evaluator and its lead) takes the operator's unit on as well.
  await app.dataSource.query(
    `INSERT INTO evaluator_assignment (user_id, unit_id, lead)
     SELECT u.id, (SELECT unit_id FROM app_user WHERE email = 'operator@demo.zi.id'), u.email LIKE 'ketua@%'
     FROM app_user u WHERE u.email IN ('evaluator@demo.zi.id', 'ketua@demo.zi.id')`,
  );
});
afterAll(() => app.close());

/** The team lead's second reviews waiting before this file's approval. */
let waitingAtStart: number | undefined;

describe('the state machine', () => {
  it('offers each role only its own moves', () => {
    expect(allowedActions(AssessmentStatus.DRAFT, Role.UNIT_OPERATOR, NONE)).toEqual([WorkflowAction.SUBMIT]);
    expect(allowedActions(AssessmentStatus.SUBMITTED, Role.EVALUATOR, NONE)).toEqual([
      WorkflowAction.START_REVIEW,
      WorkflowAction.RETURN,
    ]);
    expect(allowedActions(AssessmentStatus.EVALUATED, Role.EVALUATOR, NONE)).toEqual([]);
    expect(allowedActions(AssessmentStatus.EVALUATED, Role.ADMIN, NONE)).toEqual([
      WorkflowAction.REOPEN,
      WorkflowAction.PROPOSE,
      WorkflowAction.DECLINE,
    ]);
  });

  it('explains a refused move', () => {
    expect(refusal(WorkflowAction.PROPOSE, AssessmentStatus.EVALUATED, Role.EVALUATOR, NONE)).toEqual({
      reason: RefusalReason.WORKFLOW_ROLE,
      message: 'Your role may not propose an assessment.',
    });
    expect(refusal(WorkflowAction.APPROVE, AssessmentStatus.DRAFT, Role.ADMIN, NONE)).toEqual({
      reason: RefusalReason.WORKFLOW_STATUS,
      message: 'An assessment that is draft cannot be moved by approve; it must be in review.',
    });
  });

  it('holds an approval for the team lead where the instansi requires a second review', () => {
    const secondReview = { ...NONE, secondReview: true };
    expect(destinationOf(WorkflowAction.APPROVE, NONE)).toEqual({
      status: AssessmentStatus.EVALUATED,
      publicStage: 'tpi_evaluated',
    });
    expect(destinationOf(WorkflowAction.APPROVE, secondReview)).toEqual({
      status: AssessmentStatus.SECOND_REVIEW,
    });
    expect(allowedActions(AssessmentStatus.SECOND_REVIEW, Role.EVALUATOR, secondReview)).toEqual([]);
    expect(
      allowedActions(AssessmentStatus.SECOND_REVIEW, Role.EVALUATOR, { ...secondReview, isTeamLead: true }),
    ).toEqual([WorkflowAction.CONFIRM, WorkflowAction.SEND_BACK]);
    const ownApproval = { ...secondReview, isTeamLead: true, approvedByViewer: true };
    expect(
      refusal(WorkflowAction.CONFIRM, AssessmentStatus.SECOND_REVIEW, Role.EVALUATOR, ownApproval)?.reason,
    ).toBe(RefusalReason.WORKFLOW_OWN_APPROVAL);
    expect(
      refusal(WorkflowAction.CONFIRM, AssessmentStatus.SECOND_REVIEW, Role.EVALUATOR, secondReview)?.reason,
    ).toBe(RefusalReason.WORKFLOW_NOT_TEAM_LEAD);
  });
});

describe('the whole story, over the API', () => {
  it('lists what is missing when an incomplete worksheet is submitted', async () => {
    const result = await move('operator', WorkflowAction.SUBMIT);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentId' });
    expect(result.errors?.[0]?.message).toMatch(/^113 questions are not answered yet: A\.I\.1\.i\.a, /);
    expect(result.errors?.[0]?.extensions?.incomplete).toHaveLength(113);
  });

  it('submits a complete worksheet, adds the step to the public timeline, and locks the unit layer', async () => {
    const answers = completeAnswers();
    const saved = await setAnswers('operator', 'UNIT', answers);
    expect(saved.data?.setAnswers.score?.answered).toBe(113);
    const submitted = await move('operator', WorkflowAction.SUBMIT);
    expect(submitted.data?.moveAssessment).toMatchObject({ status: 'SUBMITTED', allowedActions: [] });
    expect((await publicTimeline())?.currentStage).toBe('SELF_ASSESSED');
    const edit = await setAnswers('operator', 'UNIT', [{ code: 'A.I.1.i.a', option: 'tidak', version: 1 }]);
    expect(errorCodes(edit)).toEqual(['FORBIDDEN']);
    expect(edit.errors?.[0]?.message).toBe(
      'The unit layer cannot be edited while the assessment is submitted; it can while it is draft or returned.',
    );
  });

  it('lets the TPI return single questions with a reason, and the unit revise and resubmit', async () => {
    expect((await move('evaluator', WorkflowAction.START_REVIEW)).data?.moveAssessment.status).toBe(
      'IN_REVIEW',
    );
    const noQuestions = await move('evaluator', WorkflowAction.RETURN);
    expect(noQuestions.errors?.[0]?.extensions).toMatchObject({ field: 'returns' });
    const returned = await move('evaluator', WorkflowAction.RETURN, {
      returns: [{ code: 'A.I.1.i.b', reason: 'SK tim tidak memuat mekanisme seleksi anggota.' }],
    });
    expect(returned.data?.moveAssessment.status).toBe('RETURNED');
    expect((await state('operator'))?.openReturns).toMatchObject([
      { code: 'A.I.1.i.b', reason: 'SK tim tidak memuat mekanisme seleksi anggota.' },
    ]);

    const revise = await setAnswers('operator', 'UNIT', [{ code: 'A.I.1.i.b', option: 'b', version: 1 }]);
    expect(revise.errors).toBeUndefined();
    expect((await move('operator', WorkflowAction.SUBMIT)).data?.moveAssessment.status).toBe('SUBMITTED');
    expect((await state())?.openReturns).toEqual([]);
    // One public step per stage and year: the resubmission moves the step, it does not repeat it.
    const selfAssessed = ((await publicTimeline())?.timeline ?? []).filter(
      (step) => step.stage === 'SELF_ASSESSED' && step.year === 2026,
    );
    expect(selfAssessed).toHaveLength(1);
  });

  it('lets the TPI score and approve, and holds the approval for the team lead, who is told', async () => {
    const waiting = async (who: string) =>
      (await asViewer(SecondReviewsWaitingDocument, {}, who)).data?.secondReviewsWaiting;
    const before = { ketua: await waiting('ketua'), evaluator: await waiting('evaluator') };
    waitingAtStart = before.ketua;
    await move('evaluator', WorkflowAction.START_REVIEW);
    const tpi = await setAnswers('evaluator', 'TPI', completeAnswers());
    expect(tpi.errors).toBeUndefined();
    expect((await move('evaluator', WorkflowAction.APPROVE)).data?.moveAssessment).toMatchObject({
      status: 'SECOND_REVIEW',
      allowedActions: [],
    });
    expect(await waiting('ketua')).toBe((before.ketua ?? 0) + 1);
    expect(await waiting('evaluator')).toBe(before.evaluator);
    const told = await asViewer(NotificationsDocument, { first: 1, unreadOnly: true }, 'ketua');
    expect(told.data?.notifications.edges[0]?.node).toMatchObject({
      kind: 'SECOND_REVIEW_WAITING',
      params: { year: 2026, approverName: 'Evaluator TPI Demo' },
    });
    expect(told.data?.notifications.edges[0]?.node.link).toMatch(/^\/admin\/assessments\/.+\?layer=TPI$/);
    expect((await publicTimeline())?.currentStage).toBe('SELF_ASSESSED');
    const byEvaluator = await move('evaluator', WorkflowAction.CONFIRM);
    expect(byEvaluator.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: RefusalReason.WORKFLOW_NOT_TEAM_LEAD,
    });
    expect((await state('ketua'))?.allowedActions).toEqual(['CONFIRM', 'SEND_BACK']);
  });

  it('lets the team lead send an evaluation back with a reason, and confirm it; the public sees the step, never the scores', async () => {
    expect((await move('ketua', WorkflowAction.SEND_BACK)).errors?.[0]?.extensions).toMatchObject({
      field: 'reason',
    });
    const sentBack = await move('ketua', WorkflowAction.SEND_BACK, { reason: 'Periksa lagi bukti area II.' });
    expect(sentBack.data?.moveAssessment.status).toBe('IN_REVIEW');
    await move('admin', WorkflowAction.APPROVE);
    const ownApproval = await move('admin', WorkflowAction.CONFIRM);
    expect(ownApproval.errors?.[0]?.extensions?.reason).toBe(RefusalReason.WORKFLOW_OWN_APPROVAL);
    expect((await move('ketua', WorkflowAction.CONFIRM)).data?.moveAssessment.status).toBe('EVALUATED');
    expect((await publicTimeline())?.currentStage).toBe('TPI_EVALUATED');
    const confirmed = await asViewer(SecondReviewsWaitingDocument, {}, 'ketua');
    expect(confirmed.data?.secondReviewsWaiting).toBe(waitingAtStart);
  });

  it('lets the Inspektorat turn the second review off for its instansi, audited', async () => {
    expect(errorCodes(await asViewer(SetSecondReviewDocument, { required: false }, 'evaluator'))).toEqual([
      'FORBIDDEN',
    ]);
    const off = await asViewer(SetSecondReviewDocument, { required: false }, 'admin');
    expect(off.data?.setSecondReview.secondReview).toBe(false);
    const on = await asViewer(SetSecondReviewDocument, { required: true }, 'admin');
    expect(on.data?.setSecondReview.secondReview).toBe(true);
    const [audited] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'instansi.second_review'`,
    )) as { n: number }[];
    expect(audited?.n).toBe(2);
  });

  it('leaves proposing to the Inspektorat, and records the national result with its decree', async () => {
    expect(errorCodes(await move('operator', WorkflowAction.PROPOSE))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await move('evaluator', WorkflowAction.PROPOSE))).toEqual(['FORBIDDEN']);
    expect((await move('admin', WorkflowAction.DECLINE)).errors?.[0]?.extensions).toMatchObject({
      field: 'reason',
    });
    expect((await move('admin', WorkflowAction.PROPOSE)).data?.moveAssessment.status).toBe('PROPOSED');
    expect((await publicTimeline())?.currentStage).toBe('PROPOSED');

    const future = await move('admin', WorkflowAction.RECORD_AWARD, {
      award: { predicate: 'WBK', decreeNumber: 'KEP/1/2099', decreeDate: '2099-12-01' },
    });
    expect(future.errors?.[0]?.extensions).toMatchObject({ field: 'award.decreeDate' });
    const beforeProposal = await move('admin', WorkflowAction.RECORD_AWARD, {
      award: { predicate: 'WBK', decreeNumber: 'KEP/1/2020', decreeDate: '2020-01-01' },
    });
    expect(beforeProposal.errors?.[0]?.message).toMatch(/^award\.decreeDate cannot be before the proposal/);
    const today = todayInIndonesia();
    const awarded = await move('admin', WorkflowAction.RECORD_AWARD, {
      award: { predicate: 'WBBM', decreeNumber: 'KEP/123/M.PANRB/12/2026', decreeDate: today },
    });
    expect(awarded.data?.moveAssessment.status).toBe('AWARDED');
    const unit = await publicTimeline();
    expect(unit).toMatchObject({ currentStage: 'WBBM', activePredicate: 'WBBM' });
    expect(unit?.timeline.at(-1)).toMatchObject({ stage: 'WBBM' });
  });

  it('keeps the history of every move, and audits each', async () => {
    const history = (await state())?.history ?? [];
    expect(history.map((move) => `${move.action}→${move.toStatus}`)).toEqual([
      'SUBMIT→SUBMITTED',
      'START_REVIEW→IN_REVIEW',
      'RETURN→RETURNED',
      'SUBMIT→SUBMITTED',
      'START_REVIEW→IN_REVIEW',
      'APPROVE→SECOND_REVIEW',
      'SEND_BACK→IN_REVIEW',
      'APPROVE→SECOND_REVIEW',
      'CONFIRM→EVALUATED',
      'PROPOSE→PROPOSED',
      'RECORD_AWARD→AWARDED',
    ]);
    const [audited] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'assessment.%' AND action <> 'assessment.start'`,
    )) as { n: number }[];
    expect(audited?.n).toBe(11);
    expect(admin).toBeTruthy();
  });
});

describe('who did what, and what the unit sees', () => {
  it('names the actor of each move and the author of each answer', async () => {
    const history = (await state())?.history ?? [];
    expect(history[0]).toMatchObject({ action: 'SUBMIT', actor: { name: 'Operator DPMPTSP Demo' } });
    expect(history.at(-1)?.actor?.name).toBe('Inspektur Demo (Inspektorat)');
    const unitLayer = await asViewer(AssessmentLayerDocument, { id: assessmentId, layer: 'UNIT' }, 'admin');
    expect(unitLayer.data?.assessment?.layer.answers[0]?.author?.name).toBe('Operator DPMPTSP Demo');
  });

  it('shows the unit the TPI layer only once the evaluation is approved', async () => {
    const [row] = (await app.dataSource.query(
      `SELECT a.id FROM assessment a JOIN app_user u ON u.unit_id = a.unit_id AND u.email = 'operator@demo.zi.id'
       WHERE a.year = 2026`,
    )) as { id: string }[];
    const id = Buffer.from(`Assessment:${row?.id}`).toString('base64url');
    /** The TPI's layer as the worksheet shows it to `who`: its total in the header, its answers in the editor. */
    const tpiLayerAs = async (who: string) => {
      const summary = await asViewer(AssessmentWorksheetDocument, { id }, who);
      const layer = await asViewer(AssessmentLayerDocument, { id, layer: 'TPI' }, who);
      expect(summary.errors ?? layer.errors).toBeUndefined();
      const { answers = [], score = null } = layer.data?.assessment?.layer ?? {};
      return { visible: summary.data?.assessment?.tpiLayer.visible, answers, score };
    };
    const approved = await tpiLayerAs('operator');
    expect(approved.visible).toBe(true);
    expect(approved.answers.length).toBeGreaterThan(0);
    await app.dataSource.query(`UPDATE assessment SET status = 'in_review' WHERE id = $1`, [row?.id]);
    expect(await tpiLayerAs('operator')).toEqual({ visible: false, answers: [], score: null });
    expect((await tpiLayerAs('admin')).visible).toBe(true);
  });
});
