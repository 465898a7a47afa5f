import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { createTestApp, errorCodes, graphql, signIn, type TestApp } from '../../test/harness.js';

let app: TestApp;
const cookies: Record<string, string> = {};
let assessmentId: string;

const admin = (query: string, variables: Record<string, unknown>, who = 'admin') =>
  graphql(`${app.url}/admin/graphql`, query, variables, cookies[who]);

const SET_WINDOW =
  'mutation($input: AssessmentWindowInput!) { setAssessmentWindow(input: $input) { year fillUntil reviewUntil } }';
const ANSWER = 'mutation($input: SetAnswersInput!) { setAnswers(input: $input) { layer } }';
const REOPEN = 'mutation($input: ReopenLayerInput!) { reopenLayer(input: $input) }';
const day = (offset: number) => todayInIndonesia(Date.now() + offset * 86_400_000);

const answer = (version: number) =>
  admin(
    ANSWER,
    { input: { assessmentId, layer: 'UNIT', answers: [{ code: 'A.I.1.i.a', option: 'ya', version }] } },
    'operator',
  );

beforeAll(async () => {
  app = await createTestApp();
  for (const who of ['admin', 'evaluator', 'operator']) cookies[who] = await signIn(app, `${who}@demo.zi.id`);
  const units = await admin('{ units(first: 1) { nodes { id } } }', {}, 'operator');
  const started = await admin(
    'mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }',
    { input: { unitId: units.data?.units.nodes[0].id, year: 2026 } },
    'operator',
  );
  assessmentId = started.data?.startAssessment.id;
});
afterAll(() => app.close());

describe('deadlines per year', () => {
  it('lets the Inspektorat set them, in order, and everyone read them', async () => {
    const disordered = await admin(SET_WINDOW, {
      input: { year: 2026, fillUntil: day(5), reviewUntil: day(1) },
    });
    expect(disordered.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reviewUntil',
    });
    expect(
      errorCodes(
        await admin(
          SET_WINDOW,
          { input: { year: 2026, fillUntil: day(5), reviewUntil: day(9) } },
          'evaluator',
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const set = await admin(SET_WINDOW, { input: { year: 2026, fillUntil: day(5), reviewUntil: day(9) } });
    expect(set.data?.setAssessmentWindow).toEqual({ year: 2026, fillUntil: day(5), reviewUntil: day(9) });
    const read = await admin('{ assessmentWindow(year: 2026) { fillUntil } }', {}, 'operator');
    expect(read.data?.assessmentWindow).toEqual({ fillUntil: day(5) });
    expect((await answer(0)).errors).toBeUndefined();
  });

  it('makes the unit layer read-only after the filling window closes, until the Inspektorat reopens it', async () => {
    await admin(SET_WINDOW, { input: { year: 2026, fillUntil: day(-1), reviewUntil: day(9) } });
    const closed = await answer(1);
    expect(errorCodes(closed)).toEqual(['FORBIDDEN']);
    expect(closed.errors?.[0]?.message).toBe(
      `The filling window for 2026 closed on ${day(-1)}; ask the Inspektorat to reopen it.`,
    );
    expect(closed.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'WINDOW_CLOSED',
      layer: 'unit',
      year: 2026,
      closedOn: day(-1),
    });
    const submit = await admin(
      'mutation($input: MoveAssessmentInput!) { moveAssessment(input: $input) { status } }',
      { input: { assessmentId, action: 'SUBMIT' } },
      'operator',
    );
    expect(submit.errors?.[0]?.message).toMatch(/^The filling window for 2026 closed/);

    const noReason = await admin(REOPEN, {
      input: { assessmentId, layer: 'UNIT', until: day(3), reason: '' },
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'reason' });
    const reopened = await admin(REOPEN, {
      input: {
        assessmentId,
        layer: 'UNIT',
        until: day(3),
        reason: 'Operator sakit selama dua minggu terakhir.',
      },
    });
    expect(reopened.data?.reopenLayer).toBe(true);
    expect((await answer(1)).errors).toBeUndefined();
    const shown = await admin(
      'query($id: ID!) { assessment(id: $id) { reopenings { layer until reason } } }',
      { id: assessmentId },
      'operator',
    );
    expect(shown.data?.assessment.reopenings).toEqual([
      { layer: 'UNIT', until: day(3), reason: 'Operator sakit selama dua minggu terakhir.' },
    ]);
    const [audited] = (await app.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'window.reopen'`,
    )) as {
      after: { reason: string };
    }[];
    expect(audited?.after.reason).toBe('Operator sakit selama dua minggu terakhir.');
  });
});

describe('the deadline an assessment waits on', () => {
  const DEADLINE = 'query($id: ID!) { assessment(id: $id) { status deadline { layer until reopened } } }';

  it("is the unit's filling, extended by a reopening, while the unit works on it", async () => {
    const read = await admin(DEADLINE, { id: assessmentId }, 'operator');
    expect(read.data?.assessment).toEqual({
      status: 'DRAFT',
      deadline: { layer: 'UNIT', until: day(3), reopened: true },
    });
  });

  it("is the TPI's evaluation once submitted, and none once approved", async () => {
    const id = fromGlobalIdOf('Assessment', assessmentId);
    await app.dataSource.query(`UPDATE assessment SET status = 'in_review' WHERE id = $1`, [id]);
    const reviewing = await admin(DEADLINE, { id: assessmentId }, 'admin');
    expect(reviewing.data?.assessment.deadline).toEqual({ layer: 'TPI', until: day(9), reopened: false });
    await app.dataSource.query(`UPDATE assessment SET status = 'evaluated' WHERE id = $1`, [id]);
    expect((await admin(DEADLINE, { id: assessmentId }, 'admin')).data?.assessment.deadline).toBeNull();
  });

  it('costs a fixed number of SQL statements for a page of a queue, whatever its size', async () => {
    const QUEUE = `query($first: Int!) { units(first: $first) { nodes { assessment(year: 2026) {
      status deadline { layer until } } } } }`;
    const statementsFor = async (first: number) => {
      app.queries.count = 0;
      const result = await admin(QUEUE, { first }, 'admin');
      expect(result.errors).toBeUndefined();
      return { count: app.queries.count, result };
    };
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    const deadlines = (
      (large.result.data?.units.nodes ?? []) as Array<{ assessment: { deadline: unknown } | null }>
    )
      .map((node) => node.assessment?.deadline)
      .filter(Boolean);
    expect(deadlines.length).toBeGreaterThan(5);
    expect(large.count).toBe(small.count);
  });
});
