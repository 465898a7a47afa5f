import { requireFramework, scoreAnswers } from '@zi/lke';
import {
  AcceptUnitAnswersDocument,
  type AnswerInput,
  FollowUpsDocument,
  MeDocument,
  MoveAssessmentDocument,
  OpenMonitoringRoundDocument,
  RespondToFollowUpDocument,
  SetAnswersDocument,
  SetMonitoringProgressDocument,
  StartAssessmentDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalIdOf } from './common/global-id.js';
import { RefusalReason } from './common/refusal-reason.js';
import { completeAnswers } from './test/complete-answers.js';
import { csrfHeaders } from './test/csrf.js';
import {
  createTestApp,
  type EveryRole,
  type GraphQLResponse,
  type Portal,
  portal,
  signInEveryRole,
  TEST_POOL_SIZE,
  type TestApp,
} from './test/harness.js';

/**
 * Deadline day in miniature: 50 callers at once on each mutation that locks a row, against an API
 * whose pool holds two connections. Code that takes a second connection inside a transaction, or
 * a lock order that deadlocks, hangs or fails here. Every answer must be a success or a designed
 * refusal (a stale version, a status that moved on), never a server error.
 */
const CALLERS = 50;

let app: TestApp;
let cookies: Record<EveryRole, string>;
let admin: Portal<EveryRole>;
const many = <T>(call: (index: number) => Promise<T>) =>
  Promise.all(Array.from({ length: CALLERS }, (_, index) => call(index)));

/** The codes of the errors in the answers, each with how often it came. */
function outcomes(responses: GraphQLResponse<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const error = response.errors?.[0]?.extensions;
    const key = error ? `${error.code}${error.reason ? `:${error.reason}` : ''}` : 'ok';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The refusal of a workflow move whose assessment has already moved on. */
const MOVED_ON = RefusalReason.WORKFLOW_STATUS;

/** Saves answers to the unit's layer as its operator, as the worksheet does. */
const setAnswers = (answers: AnswerInput[]) =>
  admin(SetAnswersDocument, { input: { assessmentId, layer: 'UNIT', answers } }, 'operator');

let unitId: string;
let assessmentId: string;

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  admin = portal(app, cookies, 'admin');
  unitId = (await admin(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
  const started = await admin(StartAssessmentDocument, { input: { unitId, year: 2026 } }, 'operator');
  assessmentId = started.data?.startAssessment.id ?? '';
  await app.dataSource.query(
    `INSERT INTO evaluator_assignment (user_id, unit_id, lead)
     SELECT u.id, (SELECT unit_id FROM app_user WHERE email = 'operator@demo.zi.id'), false
     FROM app_user u WHERE u.email = 'evaluator@demo.zi.id'
     ON CONFLICT DO NOTHING`,
  );
});
afterAll(() => app.close());

describe(`${CALLERS} concurrent writers on a pool of ${TEST_POOL_SIZE}`, () => {
  it('save answers: each distinct question once, and one of fifty edits of the same version', async () => {
    const answers = completeAnswers();
    const distinct = await many((index) => setAnswers(answers.slice(index, index + 1)));
    expect(outcomes(distinct)).toEqual({ ok: CALLERS });

    const same = answers.slice(CALLERS, CALLERS + 1);
    const racing = await many(() => setAnswers(same));
    expect(outcomes(racing)).toEqual({ ok: 1, CONFLICT: CALLERS - 1 });

    const filled = await setAnswers(answers.slice(CALLERS + 1));
    expect(filled.errors).toBeUndefined();
    await expectStoredScoreToMatchTheEngine('UNIT');
  });

  it('replace one evidence file: one of fifty replacements wins, the others find it replaced', async () => {
    const code = 'A.I.1.i.a';
    const first = await uploadEvidence(code, 'SK Tim ZI.pdf');
    expect(first.status).toBe(201);
    const [original] = ((await first.json()) as { evidence: { id: string }[] }).evidence;
    const replacements = await many((index) =>
      uploadEvidence(code, `SK Tim ZI (revisi ${index}).pdf`, original?.id),
    );
    const statuses = replacements.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 400)).toHaveLength(CALLERS - 1);
    const [row] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM evidence
       WHERE assessment_id = $1 AND code = $2 AND replaced_by IS NULL AND removed_at IS NULL`,
      [fromGlobalIdOf('Assessment', assessmentId), code],
    )) as { n: number }[];
    expect(row?.n).toBe(1);
  });

  it('move the workflow: one submission wins, the rest are told the status moved on', async () => {
    const submits = await many(() =>
      admin(MoveAssessmentDocument, { input: { assessmentId, action: 'SUBMIT' } }, 'operator'),
    );
    expect(outcomes(submits)).toEqual({ ok: 1, [`FORBIDDEN:${MOVED_ON}`]: CALLERS - 1 });
    const reviews = await many(() =>
      admin(MoveAssessmentDocument, { input: { assessmentId, action: 'START_REVIEW' } }, 'evaluator'),
    );
    expect(outcomes(reviews)).toEqual({ ok: 1, [`FORBIDDEN:${MOVED_ON}`]: CALLERS - 1 });
  });

  it("accept the unit's answers: the first fills the TPI layer, the others find nothing left", async () => {
    const accepts = await many(() =>
      admin(AcceptUnitAnswersDocument, { input: { assessmentId } }, 'evaluator'),
    );
    expect(outcomes(accepts)).toEqual({ ok: CALLERS });
    const filled = accepts.map((response) => (response.data?.acceptUnitAnswers.accepted ?? []).length);
    expect(filled.filter((count) => count > 0)).toHaveLength(1);
    await expectStoredScoreToMatchTheEngine('TPI');
  });

  it('record monitoring judgements: every one is saved, the last write stays', async () => {
    const round = await admin(OpenMonitoringRoundDocument, { input: { year: 2026, quarter: 4 } });
    const roundId = round.data?.openMonitoringRound.id ?? '';
    const judgements = ['BEHIND', 'ON_TRACK', 'AHEAD'] as const;
    const saved = await many((index) =>
      admin(SetMonitoringProgressDocument, {
        input: { roundId, unitId, area: 'CHANGE_MANAGEMENT', judgement: judgements[index % 3] ?? 'BEHIND' },
      }),
    );
    expect(outcomes(saved)).toEqual({ ok: CALLERS });
    const [row] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM monitoring_progress WHERE round_id = (
         SELECT id FROM monitoring_round WHERE year = 2026 AND quarter = 4)`,
    )) as { n: number }[];
    expect(row?.n).toBe(1);
  });

  it('answer a follow-up: every answer is saved and audited once', async () => {
    const list = await admin(FollowUpsDocument, { first: 50 }, 'operator');
    const open = list.data?.followUps.nodes.find((followUp) => followUp.status !== 'VERIFIED');
    if (!open) throw new Error('The operator has no open follow-up.');
    const auditedBefore = await auditCount('follow_up.respond');
    const responses = await many((index) =>
      admin(
        RespondToFollowUpDocument,
        { input: { followUpId: open.id, status: 'IN_PROGRESS', response: `Sedang dikerjakan (${index}).` } },
        'operator',
      ),
    );
    expect(outcomes(responses)).toEqual({ ok: CALLERS });
    expect((await auditCount('follow_up.respond')) - auditedBefore).toBe(CALLERS);
  });

  it('import the unit list: every commit is all or nothing, and the units exist once', async () => {
    const csv = [
      'kode;nama;jenis;kode_wilayah;alamat;kepala;layanan_publik',
      'UPT-SERENTAK-1;UPT Uji Serentak Satu;lainnya;;Jl. Satu;;ya',
      'UPT-SERENTAK-2;UPT Uji Serentak Dua;lainnya;;Jl. Dua;;ya',
    ].join('\n');
    const imports = await many(() =>
      fetch(`${app.url}/admin/units/import?commit=true`, {
        method: 'POST',
        headers: { cookie: cookies.admin ?? '', 'content-type': 'text/csv', ...csrfHeaders },
        body: csv,
      }),
    );
    const statuses = imports.map((response) => response.status);
    expect(statuses).toEqual(Array(CALLERS).fill(200));
    const [row] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM unit WHERE code LIKE 'UPT-SERENTAK-%'`,
    )) as { n: number }[];
    expect(row?.n).toBe(2);
  });

  it('leaves the API answering at once afterwards', async () => {
    const health = await fetch(`${app.url}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', pool: { waiting: 0 } });
  });
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** One PDF as the unit's evidence for a question, over real HTTP; `replaces` names the file it replaces. */
function uploadEvidence(code: string, name: string, replaces?: string) {
  const form = new FormData();
  for (const [field, value] of Object.entries({ assessmentId, layer: 'UNIT', code, replaces })) {
    if (value) form.append(field, value);
  }
  form.append('files', new Blob([PDF]), name);
  return fetch(`${app.url}/admin/evidence`, {
    method: 'POST',
    body: form,
    headers: { ...csrfHeaders, cookie: cookies.operator ?? '' },
  });
}

const auditCount = async (action: string) =>
  (
    (await app.dataSource.query('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [
      action,
    ])) as { n: number }[]
  )[0]?.n ?? 0;

/** The stored score of a layer is what @zi/lke computes from the stored answers of that layer. */
async function expectStoredScoreToMatchTheEngine(layer: 'UNIT' | 'TPI'): Promise<void> {
  const stored = layer.toLowerCase();
  const rows = (await app.dataSource.query(
    'SELECT code, value FROM answer WHERE assessment_id = $1 AND layer = $2',
    [fromGlobalIdOf('Assessment', assessmentId), stored],
  )) as { code: string; value: string | number | null }[];
  const framework = requireFramework('permenpanrb-90-2021');
  const report = scoreAnswers(framework, Object.fromEntries(rows.map((row) => [row.code, row.value])));
  const [score] = (await app.dataSource.query(
    'SELECT total, answered FROM assessment_score WHERE assessment_id = $1 AND layer = $2',
    [fromGlobalIdOf('Assessment', assessmentId), stored],
  )) as { total: string; answered: number }[];
  expect(score?.answered).toBe(report.groups[framework.tree.code]?.answered);
  expect(Number(score?.total)).toBeCloseTo(report.total, 4);
}
