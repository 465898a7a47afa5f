import { requireFramework, scoreAnswers } from '@zi/lke';
import {
  AnswerHistoryDocument,
  type AnswerInput,
  type AnswerLayer,
  AssessmentLayerDocument,
  EvaluationQueueDocument,
  MeDocument,
  RegistryUnitsDocument,
  SetAnswersDocument,
  StartAssessmentDocument,
} from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  type EveryRole,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';

let app: TestApp;
let asViewer: Portal<EveryRole>;

beforeAll(async () => {
  app = await createTestApp();
  asViewer = portal(app, await signInEveryRole(app), 'admin');
});
afterAll(() => app.close());

async function ownUnitId(): Promise<string> {
  return (await asViewer(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
}

const start = async (who: 'evaluator' | 'operator', unitId: string, year: number) =>
  asViewer(StartAssessmentDocument, { input: { unitId, year } }, who);

async function startOwn(year: number): Promise<string> {
  const result = await start('operator', await ownUnitId(), year);
  expect(result.errors).toBeUndefined();
  return result.data?.startAssessment.id ?? '';
}

const set = (who: EveryRole, assessmentId: string, layer: AnswerLayer, answers: AnswerInput[]) =>
  asViewer(SetAnswersDocument, { input: { assessmentId, layer, answers } }, who);

const layerAnswers = async (who: EveryRole, id: string, layer: AnswerLayer) =>
  (await asViewer(AssessmentLayerDocument, { id, layer }, who)).data?.assessment?.layer;

describe('starting an assessment', () => {
  it('lets the operator start their own unit’s worksheet once per year', async () => {
    const unitId = await ownUnitId();
    const first = await start('operator', unitId, 2026);
    expect(first.data?.startAssessment).toMatchObject({ year: 2026, status: 'DRAFT' });
    const again = await start('operator', unitId, 2026);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('refuses units outside the scope and roles without the right', async () => {
    const all = await asViewer(RegistryUnitsDocument, { first: 2, archived: false }, 'admin');
    const own = await ownUnitId();
    const other = all.data?.units.edges.find(({ node }) => node.id !== own)?.node.id ?? '';
    expect(other).not.toBe('');
    const outside = await start('operator', other, 2026);
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const evaluator = await start('evaluator', own, 2027);
    expect(errorCodes(evaluator)).toEqual(['FORBIDDEN']);
  });
});

describe('answers and stored scores', () => {
  let assessmentId: string;
  beforeAll(async () => {
    assessmentId = await startOwn(2027);
  });

  it('saves answers, bumps versions, and stores the engine’s score in the same transaction', async () => {
    const saved = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.I.1.i.a', option: 'ya', version: 0, note: 'SK Tim Kerja ZI nomor 12/2027' },
      { code: 'A.I.1.i.b', option: 'b', version: 0 },
      { code: 'B.I.a.1', number: 3.6, version: 0 },
      { code: 'A.II.4.i.1.n1', number: 10, version: 0 },
      { code: 'A.II.4.i.1.n2', number: 8, version: 0 },
    ]);
    expect(saved.errors).toBeUndefined();
    const expected = scoreAnswers(requireFramework('permenpanrb-90-2021'), {
      'A.I.1.i.a': 'ya',
      'A.I.1.i.b': 'b',
      'B.I.a.1': 3.6,
      'A.II.4.i.1.n1': 10,
      'A.II.4.i.1.n2': 8,
    });
    expect(saved.data?.setAnswers.score?.total).toBeCloseTo(expected.total, 4);
    expect(saved.data?.setAnswers.answers).toHaveLength(5);

    const edit = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.I.1.i.b', option: 'a', version: 1 },
    ]);
    expect(edit.data?.setAnswers.answers.find((a) => a.code === 'A.I.1.i.b')).toMatchObject({
      option: 'a',
      version: 2,
    });
    expect(edit.data?.setAnswers.score?.total).toBeCloseTo(expected.total + 0.125, 4);
  });

  it('answers a stale version with CONFLICT, showing what is there now, and saves nothing of the batch', async () => {
    const stale = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.I.1.ii.a', option: 'ya', version: 0 },
      { code: 'A.I.1.i.b', option: 'c', version: 1 },
    ]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      questionCode: 'A.I.1.i.b',
      yourVersion: 1,
      currentVersion: 2,
      currentValue: 'a',
    });
    const layer = await layerAnswers('operator', assessmentId, 'UNIT');
    expect(layer?.answers.map((a) => a.code)).not.toContain('A.I.1.ii.a');
  });

  it.each([
    [{ code: 'A.I.1.i.b', option: 'd' }, 'A.I.1.i.b: must be one of a, b, c (got "d")'],
    [{ code: 'B.II.a.1', number: 4.2 }, 'B.II.a.1: must be a number from 0 to 4 (got 4.2)'],
    [
      { code: 'A.II.4.i.1.n1', number: -3 },
      'A.II.4.i.1.n1: a count must be a whole number of 0 or more (got -3)',
    ],
    [{ code: 'X.9', option: 'a' }, 'X.9: no such question or count in permenpanrb-90-2021'],
    [{ code: 'A.I.1.i.a', option: 'ya', number: 1 }, 'A.I.1.i.a: give either option or number, not both'],
  ])('refuses %j naming the question: %s', async (answer, message) => {
    const result = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.I.1.iii.a', option: 'a', version: 0 },
      { ...answer, version: 0 },
    ]);
    expect(result.errors?.[0]).toMatchObject({
      message,
      extensions: { code: 'BAD_USER_INPUT', field: 'answers' },
    });
    const layer = await layerAnswers('operator', assessmentId, 'UNIT');
    expect(layer?.answers.map((a) => a.code)).not.toContain('A.I.1.iii.a');
  });

  it('refuses an impossible count (50 resolved of 40) at its code, and stores nothing of the batch', async () => {
    const result = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.I.1.iii.a', option: 'a', version: 0 },
      { code: 'A.II.5.ii.1.n1', number: 40, version: 0 },
      { code: 'A.II.5.ii.1.n3', number: 50, version: 0 },
    ]);
    expect(result.errors?.[0]).toMatchObject({
      message: 'A.II.5.ii.1.n3: A.II.5.ii.1.n3 (50) is more than A.II.5.ii.1.n1 (40)',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'answers',
        reason: 'COUNT_EXCEEDS_TOTAL',
        questionCode: 'A.II.5.ii.1.n3',
        related: ['A.II.5.ii.1.n1', 'A.II.5.ii.1.n2'],
      },
    });
    const codes = (await layerAnswers('operator', assessmentId, 'UNIT'))?.answers.map((a) => a.code);
    expect(codes).not.toContain('A.I.1.iii.a');
    expect(codes).not.toContain('A.II.5.ii.1.n1');
  });

  it('judges a count against the stored total, and a part and its total set together on both', async () => {
    const total = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.II.6.i.b.n1', number: 4, version: 0 },
    ]);
    expect(total.errors?.[0]?.message).toBeUndefined();
    const over = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.II.6.i.b.n2', number: 5, version: 0 },
    ]);
    expect(over.errors?.[0]?.extensions).toMatchObject({
      reason: 'COUNT_EXCEEDS_TOTAL',
      questionCode: 'A.II.6.i.b.n2',
    });
    const both = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.II.6.i.b.n1', number: 6, version: 1 },
      { code: 'A.II.6.i.b.n2', number: 5, version: 0 },
    ]);
    expect(both.errors).toBeUndefined();
    const breakdown = await set('operator', assessmentId, 'UNIT', [
      { code: 'A.II.5.iii.a.1.n1', number: 10, version: 0 },
      { code: 'A.II.5.iii.a.1.n2', number: 1, version: 0 },
      { code: 'A.II.5.iii.a.1.n3', number: 5, version: 0 },
      { code: 'A.II.5.iii.a.1.n4', number: 1, version: 0 },
    ]);
    expect(breakdown.errors?.[0]?.extensions).toMatchObject({ reason: 'BREAKDOWN_MISMATCH' });
  });

  it('keeps layers apart: the TPI scores beside the unit, never over it', async () => {
    const id = Buffer.from(assessmentId, 'base64url').toString().split(':')[1];
    await app.dataSource.query(`UPDATE assessment SET status = 'in_review' WHERE id = $1`, [id]);
    const operatorOnTpi = await set('operator', assessmentId, 'TPI', [
      { code: 'A.I.1.i.a', option: 'tidak', version: 0 },
    ]);
    expect(errorCodes(operatorOnTpi)).toEqual(['FORBIDDEN']);
    const tpi = await set('admin', assessmentId, 'TPI', [{ code: 'A.I.1.i.a', option: 'tidak', version: 0 }]);
    expect(tpi.data?.setAnswers).toMatchObject({ layer: 'TPI', score: { total: 0, answered: 1 } });
    const unit = await layerAnswers('admin', assessmentId, 'UNIT');
    expect(unit?.answers.find((a) => a.code === 'A.I.1.i.a')?.option).toBe('ya');
  });

  it('lets an evaluator write the TPI layer of assigned units only', async () => {
    const assigned = await asViewer(EvaluationQueueDocument, { first: 100, year: 2026 }, 'evaluator');
    const inReview = assigned.data?.units.nodes
      .map((unit) => unit.assessment)
      .find((assessment) => assessment?.status === 'IN_REVIEW');
    const inReviewId = inReview?.id ?? '';
    const layer = await layerAnswers('evaluator', inReviewId, 'TPI');
    const answer = layer?.answers.find((a) => a.code === 'A.I.1.i.a');
    const ok = await set('evaluator', inReviewId, 'TPI', [
      { code: 'A.I.1.i.a', option: 'tidak', version: answer?.version ?? -1 },
    ]);
    expect(ok.errors).toBeUndefined();
    const notAssigned = await set('evaluator', assessmentId, 'TPI', [
      { code: 'A.I.1.i.a', option: 'ya', version: 1 },
    ]);
    expect(notAssigned.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'assessmentId',
    });
  });

  it('locks an evaluated assessment', async () => {
    const evaluated = (await app.dataSource.query(
      `SELECT id FROM assessment WHERE status = 'evaluated' LIMIT 1`,
    )) as { id: string }[];
    const id = Buffer.from(`Assessment:${evaluated[0]?.id}`).toString('base64url');
    const result = await set('admin', id, 'TPI', [{ code: 'A.I.1.i.a', option: 'ya', version: 1 }]);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it('audits every save with what changed', async () => {
    const rows = (await app.dataSource.query(
      `SELECT before, after FROM audit_event WHERE action = 'answers.set' ORDER BY id LIMIT 2`,
    )) as { before: { answers: object }; after: { answers: Record<string, unknown> } }[];
    expect(rows[1]?.before.answers).toMatchObject({ 'A.I.1.i.b': { value: 'b', version: 1 } });
    expect(rows[1]?.after.answers).toMatchObject({ 'A.I.1.i.b': { value: 'a' } });
  });

  describe('the history of one answer', () => {
    const history = (who: 'admin' | 'operator', code: string) =>
      asViewer(AnswerHistoryDocument, { id: assessmentId, code }, who);

    it('lists every change of a question, newest first, with who made it', async () => {
      const result = await history('admin', 'A.I.1.i.b');
      const changes = result.data?.assessment?.answerHistory ?? [];
      expect(changes.map((change) => [change.kind, change.before, change.after])).toMatchObject([
        ['ANSWER', { option: 'b' }, { option: 'a', note: null }],
        ['ANSWER', null, { option: 'b', note: null }],
      ]);
      expect(changes[0]?.actor).toEqual({ name: 'Operator DPMPTSP Demo' });
    });

    it('hides the TPI layer from the unit while it is being evaluated, and names an unknown question', async () => {
      const admin = await history('admin', 'A.I.1.i.a');
      const layers = (admin.data?.assessment?.answerHistory ?? []).map((c) => c.layer);
      expect(layers).toContain('TPI');
      const unit = await history('operator', 'A.I.1.i.a');
      const unitLayers = (unit.data?.assessment?.answerHistory ?? []).map((c) => c.layer);
      expect(new Set(unitLayers)).toEqual(new Set(['UNIT']));
      const unknown = await history('admin', 'Z.9');
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    });
  });
});

describe('a refused value never reaches storage (generated batches)', () => {
  it('stores exactly the accepted batches, and the engine’s score of them', async () => {
    const framework = requireFramework('permenpanrb-90-2021');
    const assessmentId = await startOwn(2028);
    const limited = Object.entries(framework.formulas).filter(([, formula]) => formula.limits);
    const stored: Record<string, number> = {};
    const versions: Record<string, number> = {};
    let seed = 11;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % (max + 1);
    };
    let refused = 0;
    for (let round = 0; round < 24; round += 1) {
      const [code] = limited[random(limited.length - 1)] as [string, unknown];
      const counts = framework.questions.get(code)?.node.counts ?? [];
      const batch = counts.map((count) => ({
        code: count.code,
        number: random(12),
        version: versions[count.code] ?? 0,
      }));
      const result = await set('operator', assessmentId, 'UNIT', batch);
      if (result.errors) {
        refused += 1;
        expect(result.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers' });
      } else {
        for (const { code: count, number } of batch) {
          stored[count] = number;
          versions[count] = (versions[count] ?? 0) + 1;
        }
      }
      const layer = await layerAnswers('operator', assessmentId, 'UNIT');
      const answers = layer?.answers ?? [];
      expect(Object.fromEntries(answers.map((answer) => [answer.code, answer.number]))).toEqual(stored);
      const total = layer?.score?.total ?? 0;
      expect(total).toBeCloseTo(scoreAnswers(framework, stored).total, 4);
    }
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(24);
  });
});

describe('stored scores stay the engine’s', () => {
  it('matches @zi/lke recomputed from every stored layer of the demo data', async () => {
    const layers = (await app.dataSource.query(
      `SELECT s.assessment_id, s.layer, s.total, a.framework_code FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id`,
    )) as { assessment_id: string; layer: string; total: string; framework_code: string }[];
    expect(layers.length).toBeGreaterThan(30);
    for (const layer of layers) {
      const rows = (await app.dataSource.query(
        'SELECT code, value FROM answer WHERE assessment_id = $1 AND layer = $2',
        [layer.assessment_id, layer.layer],
      )) as { code: string; value: string | number }[];
      const report = scoreAnswers(
        requireFramework(layer.framework_code),
        Object.fromEntries(rows.map((r) => [r.code, r.value])),
      );
      expect(Number(layer.total)).toBeCloseTo(report.total, 4);
    }
  });

  it('keeps each score’s points beside its groups, for lists over many units', async () => {
    const [row] = (await app.dataSource.query(`
      SELECT count(*) FILTER (WHERE points <> (
        SELECT jsonb_object_agg(key, jsonb_build_array(value -> 'score', value -> 'weight', value -> 'exact')) FROM jsonb_each(groups)
      ))::int AS differ, count(*)::int AS scores FROM assessment_score`)) as Array<{
      differ: number;
      scores: number;
    }>;
    expect(row?.scores).toBeGreaterThan(30);
    expect(row?.differ).toBe(0);
  });
});

describe('reading worksheets costs a handful of statements', () => {
  // Inline: a cost probe of the worksheet's heavy parts (framework, score, eligibility, priorities) in one
  // request, where the portal splits them over two operations.
  const PAGE = `query($id: ID!) {
    assessment(id: $id) {
      framework { groups { code title weight } questions { code text options { value criteria } counts { code } } }
      layer(layer: UNIT) {
        answers { code option number note version }
        score { total groups { code score percent } questionScores { code status ratio } }
        eligibility { target eligible rules { id value threshold passed gap } }
        priorities(first: 10) { code gain helps }
      }
    }
  }`;

  it('loads the whole assessment page in a fixed number of statements', async () => {
    const [row] = (await app.dataSource.query(
      `SELECT id FROM assessment WHERE status = 'evaluated' LIMIT 1`,
    )) as { id: string }[];
    const id = Buffer.from(`Assessment:${row?.id}`).toString('base64url');
    app.queries.count = 0;
    const page = await asViewer(PAGE, { id });
    expect(page.errors).toBeUndefined();
    expect(page.data?.assessment.framework.questions).toHaveLength(113);
    expect(page.data?.assessment.layer.eligibility).toHaveLength(2);
    expect(app.queries.count).toBeLessThanOrEqual(8);
  });

  it('batches area scores across a page of units', async () => {
    // Inline: a cost probe of every unit's area scores at once, a selection no page of the portal makes.
    const LIST = `query($first: Int!) { units(first: $first) { nodes { name
      assessment(year: 2026) { status layer(layer: UNIT) { score { total groups { code percent } } } } } } }`;
    const statements = async (first: number) => {
      app.queries.count = 0;
      const result = await asViewer(LIST, { first });
      expect(result.errors).toBeUndefined();
      return app.queries.count;
    };
    expect(await statements(100)).toBe(await statements(5));
  });
});
