import {
  AssessmentReopeningsDocument,
  AssessmentWindowDocument,
  EvaluationQueueDocument,
  MeDocument,
  MoveAssessmentDocument,
  ReopenLayerDocument,
  SetAnswersDocument,
  SetAssessmentWindowDocument,
  StartAssessmentDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import {
  createTestApp,
  type EveryRole,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { closedOn, type LayerDeadline, layerDeadlines } from './deadline.js';
import { LayerReopening } from './layer-reopening.entity.js';

let app: TestApp;
let assessmentId: string;
let admin: Portal<EveryRole>;

const day = (offset: number) => todayInIndonesia(Date.now() + offset * 86_400_000);

const answer = (version: number) =>
  admin(
    SetAnswersDocument,
    { input: { assessmentId, layer: 'UNIT', answers: [{ code: 'A.I.1.i.a', option: 'ya', version }] } },
    'operator',
  );

/** The assessment's deadlines and who may reopen them, as the worksheet shows them to `who`. */
const deadlineOf = async (who: EveryRole) =>
  (await admin(AssessmentReopeningsDocument, { id: assessmentId }, who)).data?.assessment;
/** The layers `who` may reopen now. */
const reopenable = async (who: EveryRole) => (await deadlineOf(who))?.viewerMay.reopenLayers;

beforeAll(async () => {
  app = await createTestApp();
  admin = portal(app, await signInEveryRole(app), 'admin');
  const me = await admin(MeDocument, {}, 'operator');
  const started = await admin(
    StartAssessmentDocument,
    { input: { unitId: me.data?.me?.unit?.id ?? '', year: 2026 } },
    'operator',
  );
  assessmentId = started.data?.startAssessment.id ?? '';
});
afterAll(() => app.close());

describe('deadlines per year', () => {
  it('lets the Inspektorat set them, in order, and everyone read them', async () => {
    const disordered = await admin(SetAssessmentWindowDocument, {
      input: { year: 2026, fillUntil: day(5), reviewUntil: day(1) },
    });
    expect(disordered.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reviewUntil',
    });
    expect(
      errorCodes(
        await admin(
          SetAssessmentWindowDocument,
          { input: { year: 2026, fillUntil: day(5), reviewUntil: day(9) } },
          'evaluator',
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const set = await admin(SetAssessmentWindowDocument, {
      input: { year: 2026, fillUntil: day(5), reviewUntil: day(9) },
    });
    expect(set.data?.setAssessmentWindow).toEqual({ year: 2026, fillUntil: day(5), reviewUntil: day(9) });
    const read = await admin(AssessmentWindowDocument, { year: 2026 }, 'operator');
    expect(read.data?.assessmentWindow).toEqual({ year: 2026, fillUntil: day(5), reviewUntil: day(9) });
    expect((await answer(0)).errors).toBeUndefined();
  });

  it('gives a layer more time before its deadline, only until a later day, and offers every layer', async () => {
    // Filling until day(5), evaluation until day(9): the review's layer may be given more time now.
    const reopenReview = (until: string) =>
      admin(ReopenLayerDocument, {
        input: { assessmentId, layer: 'REVIEW', until, reason: 'Reviu butuh waktu tambahan.' },
      });
    expect((await reopenReview(day(9))).errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'LAYER_OPEN',
      layer: 'review',
      openUntil: day(9),
    });
    expect((await reopenReview(day(12))).data?.reopenLayer).toBe(true);
    expect((await reopenReview(day(11))).errors?.[0]?.extensions).toMatchObject({
      reason: 'LAYER_OPEN',
      openUntil: day(12),
    });
    expect(await reopenable('admin')).toEqual(['UNIT', 'TPI', 'REVIEW']);
    // The access rule of reopenLayer is read too: the unit itself never reopens.
    expect(await reopenable('operator')).toEqual([]);
  });

  it('makes the unit layer read-only after the filling window closes, until the Inspektorat reopens it', async () => {
    await admin(SetAssessmentWindowDocument, {
      input: { year: 2026, fillUntil: day(-1), reviewUntil: day(9) },
    });
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
      MoveAssessmentDocument,
      { input: { assessmentId, action: 'SUBMIT' } },
      'operator',
    );
    expect(submit.errors?.[0]?.message).toMatch(/^The filling window for 2026 closed/);

    const noReason = await admin(ReopenLayerDocument, {
      input: { assessmentId, layer: 'UNIT', until: day(3), reason: '' },
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'reason' });
    const reopened = await admin(ReopenLayerDocument, {
      input: {
        assessmentId,
        layer: 'UNIT',
        until: day(3),
        reason: 'Operator sakit selama dua minggu terakhir.',
      },
    });
    expect(reopened.data?.reopenLayer).toBe(true);
    expect((await answer(1)).errors).toBeUndefined();
    // A running reopening is lengthened only by a later day; the worksheet still offers it.
    expect(await reopenable('admin')).toEqual(['UNIT', 'TPI', 'REVIEW']);
    const reopenUnit = (until: string) =>
      admin(ReopenLayerDocument, { input: { assessmentId, layer: 'UNIT', until, reason: 'Sekali lagi.' } });
    expect((await reopenUnit(day(3))).errors?.[0]?.extensions).toMatchObject({
      reason: 'LAYER_OPEN',
      openUntil: day(3),
    });
    expect((await reopenUnit(day(5))).data?.reopenLayer).toBe(true);
    const shown = await admin(AssessmentReopeningsDocument, { id: assessmentId }, 'operator');
    expect(shown.data?.assessment?.reopenings.filter((reopening) => reopening.layer === 'UNIT')).toEqual([
      { layer: 'UNIT', until: day(5), reason: 'Sekali lagi.', createdAt: expect.any(String) },
      {
        layer: 'UNIT',
        until: day(3),
        reason: 'Operator sakit selama dua minggu terakhir.',
        createdAt: expect.any(String),
      },
    ]);
    // The worksheet shows the layer held open by the longer reopening, and proposes a later day still.
    expect(shown.data?.assessment?.layerDeadlines.find((deadline) => deadline.layer === 'UNIT')).toEqual({
      layer: 'UNIT',
      closesOn: day(-1),
      passed: true,
      openUntil: day(5),
      reopening: { layer: 'UNIT', until: day(5), reason: 'Sekali lagi.', createdAt: expect.any(String) },
      reopenFrom: day(6),
    });
    const [audited] = (await app.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'window.reopen' AND after->>'until' = $1`,
      [day(3)],
    )) as {
      after: { reason: string };
    }[];
    expect(audited?.after.reason).toBe('Operator sakit selama dua minggu terakhir.');
  });
});

describe('a closed layer', () => {
  const window = { fillUntil: '2026-08-31', reviewUntil: '2026-09-30' };
  const reopening = (layer: AnswerLayer, until: string) => ({ layer, until });

  it('closes the day after its own deadline: the unit’s filling, the TPI’s and the review’s evaluation', () => {
    expect(closedOn(window, AnswerLayer.UNIT, [], '2026-08-31')).toBeNull();
    expect(closedOn(window, AnswerLayer.UNIT, [], '2026-09-01')).toBe('2026-08-31');
    expect(closedOn(window, AnswerLayer.TPI, [], '2026-09-01')).toBeNull();
    expect(closedOn(window, AnswerLayer.TPI, [], '2026-10-01')).toBe('2026-09-30');
    expect(closedOn(window, AnswerLayer.REVIEW, [], '2026-10-01')).toBe('2026-09-30');
    expect(closedOn(null, AnswerLayer.UNIT, [], '2030-01-01')).toBeNull();
  });

  it('stays open through the last day of a reopening of that layer', () => {
    const reopenings = [
      reopening(AnswerLayer.TPI, '2026-11-25'),
      reopening(AnswerLayer.UNIT, '2026-11-30'),
      reopening(AnswerLayer.UNIT, '2026-11-10'),
    ];
    expect(closedOn(window, AnswerLayer.UNIT, reopenings, '2026-11-30')).toBeNull();
    expect(closedOn(window, AnswerLayer.UNIT, reopenings, '2026-12-01')).toBe('2026-08-31');
    expect(closedOn(window, AnswerLayer.TPI, reopenings, '2026-11-26')).toBe('2026-09-30');
    expect(closedOn(window, AnswerLayer.REVIEW, reopenings, '2026-11-20')).toBe('2026-09-30');
  });
});

describe("each layer's deadline", () => {
  const window = { fillUntil: '2026-08-31', reviewUntil: '2026-09-30' };
  const reopenings = [
    Object.assign(new LayerReopening(), { layer: AnswerLayer.UNIT, until: '2026-09-10', reason: 'Banjir.' }),
    Object.assign(new LayerReopening(), { layer: AnswerLayer.UNIT, until: '2026-09-04', reason: 'Sakit.' }),
  ];
  const summary = (deadline: LayerDeadline | undefined) => ({
    ...deadline,
    reopening: deadline?.reopening?.reason ?? null,
  });

  it('names its window day, the day it is open until, the reopening past it and the first day a reopening may end', () => {
    const [unit, tpi, review] = layerDeadlines(window, reopenings, '2026-09-05');
    expect(summary(unit)).toEqual({
      layer: AnswerLayer.UNIT,
      closesOn: '2026-08-31',
      passed: true,
      closed: false,
      openUntil: '2026-09-10',
      reopening: 'Banjir.',
      reopenFrom: '2026-09-11',
    });
    expect(summary(tpi)).toMatchObject({
      closesOn: '2026-09-30',
      passed: false,
      closed: false,
      reopening: null,
    });
    expect(summary(tpi).reopenFrom).toBe('2026-10-01');
    expect(review?.closesOn).toBe('2026-09-30');
  });

  it('is closed once the reopening ends, and may be reopened from today on', () => {
    const [unit] = layerDeadlines(window, reopenings, '2026-09-20');
    expect(summary(unit)).toMatchObject({ closed: true, reopening: null, reopenFrom: '2026-09-20' });
    expect(layerDeadlines(null, reopenings, '2026-09-20')).toEqual([]);
  });
});

describe('the deadline an assessment waits on', () => {
  it("is the unit's filling, extended by a reopening, while the unit works on it", async () => {
    const [stored] = (await app.dataSource.query('SELECT status FROM assessment WHERE id = $1', [
      fromGlobalIdOf('Assessment', assessmentId),
    ])) as { status: string }[];
    expect(stored?.status).toBe('draft');
    expect((await deadlineOf('operator'))?.deadline).toEqual({
      layer: 'UNIT',
      until: day(5),
      reopened: true,
    });
  });

  it("is the TPI's evaluation once submitted, and none once approved", async () => {
    const id = fromGlobalIdOf('Assessment', assessmentId);
    await app.dataSource.query(`UPDATE assessment SET status = 'in_review' WHERE id = $1`, [id]);
    expect((await deadlineOf('admin'))?.deadline).toEqual({ layer: 'TPI', until: day(9), reopened: false });
    await app.dataSource.query(`UPDATE assessment SET status = 'evaluated' WHERE id = $1`, [id]);
    expect((await deadlineOf('admin'))?.deadline).toBeNull();
  });

  it('costs a fixed number of SQL statements for a page of the queue, whatever its size', async () => {
    const statementsFor = async (first: number) => {
      app.queries.count = 0;
      const result = await admin(EvaluationQueueDocument, { first, year: 2026 }, 'admin');
      expect(result.errors).toBeUndefined();
      return { count: app.queries.count, result };
    };
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    const deadlines = (large.result.data?.units.nodes ?? [])
      .map((node) => node.assessment?.deadline)
      .filter(Boolean);
    expect(deadlines.length).toBeGreaterThan(5);
    expect(large.count).toBe(small.count);
  });
});

describe('two reopenings at once', () => {
  /** Sends reopenings of the TPI's layer until each day at the same time; the days they were accepted. */
  async function reopenAtOnce(...days: string[]): Promise<string[]> {
    const results = await Promise.all(
      days.map((until) =>
        admin(ReopenLayerDocument, {
          input: { assessmentId, layer: 'TPI', until, reason: `Sampai ${until}.` },
        }),
      ),
    );
    results
      .filter((result) => result.errors)
      .forEach((result) => {
        expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'LAYER_OPEN' });
      });
    return days.filter((_, index) => results[index]?.data?.reopenLayer === true);
  }

  const storedUntils = async () =>
    (
      (await app.dataSource.query(
        `SELECT to_char(until, 'YYYY-MM-DD') AS until FROM layer_reopening
         WHERE assessment_id = $1 AND layer = 'tpi' ORDER BY created_at`,
        [fromGlobalIdOf('Assessment', assessmentId)],
      )) as { until: string }[]
    ).map((row) => row.until);

  it('accepts both only if each extends the other, and loses neither', async () => {
    // The same day twice: the second to take the assessment finds the layer open until that day.
    expect(await reopenAtOnce(day(20), day(20))).toEqual([day(20)]);
    expect(await storedUntils()).toEqual([day(20)]);
    // Two later days: the later one always extends; the earlier only if it came first.
    const accepted = await reopenAtOnce(day(25), day(30));
    expect(accepted).toContain(day(30));
    expect((await storedUntils()).slice(1).sort()).toEqual(accepted.sort());
    // The evaluation it waits on is due on the latest of them.
    const id = fromGlobalIdOf('Assessment', assessmentId);
    await app.dataSource.query(`UPDATE assessment SET status = 'in_review' WHERE id = $1`, [id]);
    expect((await deadlineOf('admin'))?.deadline).toMatchObject({ until: day(30) });
  });
});
