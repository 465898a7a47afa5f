import {
  areaScores,
  checkEligibility,
  type GroupPoints,
  type RuleResult,
  requireFramework,
  type TargetId,
} from '@zi/lke';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import { completeAnswers, type TestAnswer } from '../../test/complete-answers.js';
import {
  createTestApp,
  type GraphQLResponse,
  graphql,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import { TPI_APPROVED_STATUSES } from '../assessments/layer-rules.js';
import { groupPointsOf, type StoredPoints } from '../assessments/layer-score.js';
import { ProgressJudgement } from '../monitoring/monitoring-progress.entity.js';
import { storeLayerFacts } from './dashboard.queries.js';
import { isFinalLayer } from './layer-completeness.js';
import { layerFactsOf } from './layer-facts.js';

/*
 * Decision 0046: the dashboard reads each layer's totals and facts from `dashboard_layer_facts`, kept
 * by a trigger and filled on read. Here many callers save worksheets through the API while
 * dashboards are read, on a pool of two connections, and every number the dashboard shows must
 * equal a direct computation: the scores read from `assessment_score` and worked out with @zi/lke
 * as the dashboard did before it kept facts, the counts by the SQL it ran before.
 */

let app: TestApp;
let cookies: Record<string, string>;
const ask = (query: string, variables: Record<string, unknown>, who = 'admin') =>
  graphql(`${app.url}/admin/graphql`, query, variables, cookies[who]);
const sql = <T>(text: string, parameters: unknown[] = []) =>
  app.dataSource.query(text, parameters) as Promise<T[]>;

const DASHBOARD = `query($year: Int!, $filter: DashboardFilter) { portfolioDashboard(year: $year, filter: $filter) {
  funnel { stage units }
  counts { heatmap gaps risks incomplete }
  heatmap { assessmentId year evaluated total answered questions unit { name } areas { area percent } }
  gaps { assessmentId area selfPercent tpiPercent gap selfAnswered tpiAnswered questions }
  risks { assessmentId target total answered questions rules failing { id label value threshold gap } }
  riskRules { target id label units }
  incomplete { assessmentId year layer total answered questions }
  coaching { zoneUnits coached neverCoached { id } }
  trends { year quarter findings followUpsOpen followUpsVerified judgements { judgement count } }
} }`;

async function dashboard(year: number, who = 'admin', filter: Record<string, unknown> = {}) {
  const response = await ask(DASHBOARD, { year, filter }, who);
  expect(response.errors).toBeUndefined();
  return response.data?.portfolioDashboard;
}

/** The units a dashboard counts, as a condition on `u` (unit) and `i` (its instansi), written out here. */
const ADMIN = `u.instansi_id = (SELECT instansi_id FROM app_user WHERE email = 'admin@demo.zi.id')`;
const EVALUATOR = `EXISTS (SELECT 1 FROM evaluator_assignment ea JOIN app_user au ON au.id = ea.user_id
  WHERE ea.unit_id = u.id AND au.email = 'evaluator@demo.zi.id')`;

const LIST = 100;
const GAPS = 200;
const upper = (value: string) => value.toUpperCase();
const byName = (a: string, b: string) => a.localeCompare(b, 'id');

interface Layer {
  layer: string;
  total: number;
  answered: number;
  questions: number;
  final: boolean;
  points: GroupPoints;
  areas: Array<{ area: string; percent: number }>;
}

/** Every number of the dashboard, computed directly from the tables, as the dashboard did before decision 0046. */
async function direct(year: number, units: string) {
  const latest = await sql<{
    unit_id: string;
    name: string;
    id: string;
    year: number;
    status: string;
    framework_code: string;
  }>(
    `SELECT DISTINCT ON (a.unit_id) a.unit_id, u.name, a.id, a.year, a.status, a.framework_code
     FROM assessment a JOIN unit u ON u.id = a.unit_id JOIN instansi i ON i.id = u.instansi_id
     WHERE u.archived_at IS NULL AND ${units} AND a.year <= $1
     ORDER BY a.unit_id, a.year DESC`,
    [year],
  );
  const stored = await sql<{
    assessment_id: string;
    layer: string;
    total: string;
    answered: number;
    questions: number;
    points: StoredPoints;
  }>(
    `SELECT assessment_id, layer, total, answered, questions, points FROM assessment_score
     WHERE assessment_id = ANY($1) AND layer IN ('unit', 'tpi') AND answered > 0`,
    [latest.map((row) => row.id)],
  );
  const held = await sql<{ unit_id: string; kind: string }>(
    'SELECT unit_id, kind FROM predicate WHERE revoked_on IS NULL',
  );
  const scores = latest.map((row) => {
    const framework = requireFramework(row.framework_code);
    const layerOf = (name: string): Layer | null => {
      const score = stored.find((layer) => layer.assessment_id === row.id && layer.layer === name);
      if (!score) return null;
      const points = groupPointsOf(score.points);
      const { answered, questions } = score;
      return {
        layer: name,
        total: Number(score.total),
        answered,
        questions,
        final: isFinalLayer({ layer: name as never, status: row.status, answered, questions }),
        points,
        areas: areaScores(framework, points).map((area) => ({ area: upper(area.id), percent: area.percent })),
      };
    };
    const unit = layerOf('unit');
    const tpi = layerOf('tpi');
    const approved = (TPI_APPROVED_STATUSES as readonly string[]).includes(row.status);
    const kinds = held.filter((predicate) => predicate.unit_id === row.unit_id).map((p) => p.kind);
    return {
      ...row,
      assessmentId: toGlobalId('Assessment', row.id),
      framework,
      unit,
      tpi,
      counted: [approved ? tpi : null, unit].find((layer) => layer?.final) ?? null,
      held: kinds.map((kind): TargetId => (kind === 'wbbm' ? 'WBBM' : 'WBK')),
    };
  });

  const heatmap = scores
    .filter((score) => score.counted)
    .sort((a, b) => (a.counted as Layer).total - (b.counted as Layer).total || byName(a.name, b.name))
    .map((score) => {
      const counted = score.counted as Layer;
      return {
        assessmentId: score.assessmentId,
        year: score.year,
        evaluated: counted === score.tpi,
        total: counted.total,
        answered: counted.answered,
        questions: counted.questions,
        unit: { name: score.name },
        areas: counted.areas,
      };
    });

  const gaps = scores
    .flatMap((score) => {
      const { unit, tpi } = score;
      if (!unit?.final || !tpi?.final) return [];
      return unit.areas.map(({ area, percent }) => {
        const tpiPercent = tpi.areas.find((other) => other.area === area)?.percent ?? 0;
        return {
          assessmentId: score.assessmentId,
          area,
          selfPercent: percent,
          tpiPercent,
          gap: Math.round((percent - tpiPercent) * 100) / 100,
          selfAnswered: unit.answered,
          tpiAnswered: tpi.answered,
          questions: unit.questions,
        };
      });
    })
    .sort((a, b) => b.gap - a.gap);

  const risks = scores
    .flatMap((score) => {
      if (!score.counted) return [];
      const target: TargetId = score.held.length > 0 ? 'WBBM' : 'WBK';
      const result = checkEligibility(score.framework, score.counted.points, {
        heldPredicates: score.held,
      }).find((candidate) => candidate.target === target);
      const failing = (result?.rules ?? []).filter((rule) => !rule.passed);
      if (failing.length === 0) return [];
      return [
        {
          assessmentId: score.assessmentId,
          target,
          total: score.counted.total,
          answered: score.counted.answered,
          questions: score.counted.questions,
          rules: result?.rules.length ?? 0,
          failing: failing.map(({ id, label, value, threshold, gap }: RuleResult) => ({
            id,
            label,
            value,
            threshold,
            gap,
          })),
        },
      ];
    })
    .sort((a, b) => b.failing.length - a.failing.length || a.total - b.total);

  const rules = new Map<string, { target: string; id: string; label: string; units: number }>();
  for (const risk of risks)
    for (const rule of risk.failing) {
      const key = `${risk.target} ${rule.id}`;
      const count = rules.get(key) ?? { target: risk.target, id: rule.id, label: rule.label, units: 0 };
      count.units += 1;
      rules.set(key, count);
    }

  const incomplete = scores
    .flatMap((score) => {
      const shown = score.tpi ?? score.unit;
      if (score.counted || !shown) return [];
      return [
        {
          assessmentId: score.assessmentId,
          year: score.year,
          layer: upper(shown.layer),
          total: shown.total,
          answered: shown.answered,
          questions: shown.questions,
        },
      ];
    })
    .sort((a, b) => a.answered / a.questions - b.answered / b.questions || a.total - b.total);

  // The counts as the dashboard's SQL gave them before one pass replaced a lookup per unit or per round.
  const funnel = await sql<{ stage: string; units: number }>(
    `SELECT upper(coalesce(last.stage, 'not_started')) AS stage, count(*)::int AS units
     FROM unit u JOIN instansi i ON i.id = u.instansi_id LEFT JOIN LATERAL (
       SELECT s.stage FROM stage_event s WHERE s.unit_id = u.id AND s.year <= $1
       ORDER BY s.occurred_on DESC, s.created_at DESC LIMIT 1) last ON true
     WHERE u.archived_at IS NULL AND ${units} GROUP BY 1`,
    [year],
  );
  const zone = await sql<{ id: string; coached: boolean }>(
    `SELECT u.id, EXISTS (
       SELECT 1 FROM coaching_invitation ci JOIN coaching_session cs ON cs.id = ci.session_id
       WHERE ci.unit_id = u.id AND extract(year FROM cs.starts_at AT TIME ZONE 'Asia/Jakarta') = $1
         AND ci.attended IS NOT FALSE) AS coached
     FROM unit u JOIN instansi i ON i.id = u.instansi_id
     WHERE u.archived_at IS NULL AND ${units}
       AND EXISTS (SELECT 1 FROM stage_event s WHERE s.unit_id = u.id AND s.year <= $1)
     ORDER BY u.name`,
    [year],
  );
  const scoped = `SELECT u.id FROM unit u JOIN instansi i ON i.id = u.instansi_id WHERE u.archived_at IS NULL AND ${units}`;
  const trends = await sql<{
    year: number;
    quarter: number;
    judgements: Record<string, number> | null;
    findings: number;
    open: number;
    verified: number;
  }>(
    `SELECT r.year, r.quarter,
       (SELECT json_object_agg(j.judgement, j.n) FROM (
          SELECT p.judgement, count(*)::int AS n FROM monitoring_progress p
          WHERE p.round_id = r.id AND p.unit_id IN (${scoped}) GROUP BY p.judgement) j) AS judgements,
       (SELECT count(*)::int FROM finding fi WHERE fi.round_id = r.id AND fi.unit_id IN (${scoped})) AS findings,
       (SELECT count(*) FILTER (WHERE f.status <> 'verified')::int FROM follow_up f
          JOIN recommendation rc ON rc.id = f.recommendation_id JOIN finding fi ON fi.id = rc.finding_id
          WHERE fi.round_id = r.id AND f.unit_id IN (${scoped})) AS open,
       (SELECT count(*) FILTER (WHERE f.status = 'verified')::int FROM follow_up f
          JOIN recommendation rc ON rc.id = f.recommendation_id JOIN finding fi ON fi.id = rc.finding_id
          WHERE fi.round_id = r.id AND f.unit_id IN (${scoped})) AS verified
     FROM monitoring_round r
     WHERE r.year BETWEEN $1 - 1 AND $1
       AND r.instansi_id IN (SELECT u.instansi_id FROM unit u JOIN instansi i ON i.id = u.instansi_id
                             WHERE u.archived_at IS NULL AND ${units})
     ORDER BY r.year, r.quarter`,
    [year],
  );
  const never = zone.filter((row) => !row.coached);

  return {
    funnel: Object.fromEntries(funnel.map((row) => [row.stage, row.units])),
    counts: {
      heatmap: heatmap.length,
      gaps: gaps.length,
      risks: risks.length,
      incomplete: incomplete.length,
    },
    heatmap: heatmap.slice(0, LIST),
    gaps: gaps.slice(0, GAPS),
    risks: risks.slice(0, LIST),
    riskRules: [...rules.values()].sort((a, b) => b.units - a.units || byName(a.label, b.label)),
    incomplete: incomplete.slice(0, LIST),
    coaching: {
      zoneUnits: zone.length,
      coached: zone.length - never.length,
      neverCoached: never.slice(0, LIST).map((row) => ({ id: toGlobalId('Unit', row.id) })),
    },
    trends: trends.map((row) => ({
      year: row.year,
      quarter: row.quarter,
      findings: row.findings,
      followUpsOpen: row.open,
      followUpsVerified: row.verified,
      judgements: Object.values(ProgressJudgement).map((judgement) => ({
        judgement: upper(judgement),
        count: row.judgements?.[judgement] ?? 0,
      })),
    })),
  };
}

type Shown = Awaited<ReturnType<typeof dashboard>>;

/** The dashboard as shown equals the direct computation, number for number. */
async function expectDirect(shown: Shown, year: number, units: string) {
  const expected = await direct(year, units);
  const { funnel, ...rest } = shown;
  expect(
    Object.fromEntries(
      (funnel as Array<{ stage: string; units: number }>)
        .filter((step) => step.units > 0)
        .map((step) => [step.stage, step.units]),
    ),
  ).toEqual(expected.funnel);
  const { funnel: _funnel, ...others } = expected;
  expect(rest).toEqual(others);
}

/** Every kept row has its score's counts, and facts equal to @zi/lke's on its points, if any. */
async function expectFactsOfTheirScores() {
  const rows = await sql<{
    assessment_id: string;
    layer: string;
    kept: [string, number, number];
    score: [string, number, number];
    facts: unknown;
    points: StoredPoints;
    framework_code: string;
  }>(
    `SELECT sc.assessment_id, sc.layer, json_build_array(f.total, f.answered, f.questions) AS kept,
       json_build_array(sc.total, sc.answered, sc.questions) AS score, f.facts, sc.points, a.framework_code
     FROM assessment_score sc JOIN assessment a ON a.id = sc.assessment_id
     LEFT JOIN dashboard_layer_facts f ON f.assessment_id = sc.assessment_id AND f.layer = sc.layer`,
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.kept, `${row.assessment_id} ${row.layer}`).toEqual(row.score);
    if (row.facts !== null)
      expect(row.facts).toEqual(
        layerFactsOf(requireFramework(row.framework_code), groupPointsOf(row.points)),
      );
  }
}

const outcomes = (responses: GraphQLResponse[]) =>
  responses.map((response) => (response.errors?.[0]?.extensions?.code as string | undefined) ?? 'ok');

const SAVE = 'mutation($input: SetAnswersInput!) { setAnswers(input: $input) { layer } }';
const save = (assessmentId: string, layer: string, answers: TestAnswer[]) =>
  ask(SAVE, { input: { assessmentId, layer, answers } });

/** The stored answers of a layer with their versions, changed to each choice's other option. */
async function changedAnswers(assessmentId: string, layer: string, count: number): Promise<TestAnswer[]> {
  const framework = requireFramework('permenpanrb-90-2021');
  const stored = await sql<{ code: string; value: unknown; version: number }>(
    'SELECT code, value, version FROM answer WHERE assessment_id = $1 AND layer = $2 ORDER BY code',
    [fromGlobalIdOf('Assessment', assessmentId), layer.toLowerCase()],
  );
  return stored
    .flatMap(({ code, value, version }) => {
      const options = framework.questions.get(code)?.answerType.options;
      if (!options || options.length < 2) return [];
      const option = options.find((candidate) => candidate.value !== value)?.value;
      return option ? [{ code, option, version }] : [];
    })
    .slice(0, count);
}

const WORKSHEETS = 4;
const WRITERS = 5;
let worksheets: string[] = [];

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  const units = await sql<{ id: string }>(
    `SELECT u.id FROM unit u WHERE ${ADMIN} AND u.archived_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.unit_id = u.id AND a.year >= 2026)
     ORDER BY u.name LIMIT ${WORKSHEETS}`,
  );
  worksheets = [];
  for (const unit of units) {
    const started = await ask(
      'mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }',
      { input: { unitId: toGlobalId('Unit', unit.id), year: 2027 } },
    );
    expect(started.errors).toBeUndefined();
    worksheets.push(started.data?.startAssessment.id);
  }
});
afterAll(() => app.close());

describe('the dashboard’s kept facts (decision 0046)', () => {
  it('equal a direct computation for every scope, before any is filled and after', async () => {
    // The demo's units all lie in their instansi's region: about half get a regency of their own.
    await sql(`UPDATE unit u SET region_code = '99.01' WHERE ${ADMIN} AND u.id::text < '8'`);
    const scopes: Array<[string, Record<string, unknown>, string]> = [
      ['admin', {}, ADMIN],
      ['admin', { kind: 'SCHOOL' }, `${ADMIN} AND u.kind = 'school'`],
      [
        'admin',
        { regionCode: '99.01' },
        `${ADMIN} AND unit_in_region(u.region_code, i.region_code, '99.01')`,
      ],
      ['evaluator', {}, EVALUATOR],
    ];
    for (let round = 0; round < 2; round += 1) {
      for (const [who, filter, units] of scopes) {
        const shown = await dashboard(2026, who, filter);
        expect(shown.heatmap.length + shown.incomplete.length).toBeGreaterThan(0);
        await expectDirect(shown, 2026, units);
      }
    }
    await expectFactsOfTheirScores();
  });

  it('stay equal while many callers save worksheets through the API and dashboards are read', async () => {
    const answers = completeAnswers();
    const slice = Math.ceil(answers.length / WRITERS);
    const reads = () => Array.from({ length: 3 }, () => ask(DASHBOARD, { year: 2027, filter: {} }));
    // Every worksheet filled by five callers at once, each its own questions, dashboards read meanwhile.
    const first = await Promise.all([
      ...worksheets.flatMap((id) =>
        Array.from({ length: WRITERS }, (_, writer) =>
          save(id, 'UNIT', answers.slice(writer * slice, (writer + 1) * slice)),
        ),
      ),
      ...reads(),
    ]);
    expect(outcomes(first).every((outcome) => outcome === 'ok')).toBe(true);
    // Then answers changed again on every worksheet, and TPI answers on worksheets in review.
    const inReview = await sql<{ id: string }>(
      `SELECT a.id FROM assessment a JOIN unit u ON u.id = a.unit_id
       WHERE ${ADMIN} AND a.status = 'in_review' AND a.year = 2026 ORDER BY a.id LIMIT 2`,
    );
    const edits = await Promise.all([
      ...worksheets.map(async (id) => ['UNIT', id, await changedAnswers(id, 'UNIT', 12)] as const),
      ...inReview.map(async ({ id }) => {
        const global = toGlobalId('Assessment', id);
        return ['TPI', global, await changedAnswers(global, 'TPI', 8)] as const;
      }),
    ]);
    expect(edits.filter(([, , changed]) => changed.length > 0).length).toBeGreaterThan(WORKSHEETS);
    const second = await Promise.all([
      ...edits.flatMap(([layer, id, changed]) =>
        changed.length === 0
          ? []
          : [
              save(id, layer, changed.slice(0, changed.length / 2)),
              save(id, layer, changed.slice(changed.length / 2)),
            ],
      ),
      ...reads(),
      ask(DASHBOARD, { year: 2026, filter: {} }),
    ]);
    expect(outcomes(second).every((outcome) => outcome === 'ok')).toBe(true);

    for (const year of [2026, 2027]) await expectDirect(await dashboard(year), year, ADMIN);
    const latest = await dashboard(2027);
    const ours = latest.incomplete.filter((row: { assessmentId: string }) =>
      worksheets.includes(row.assessmentId),
    );
    expect(ours.length + latest.heatmap.length).toBeGreaterThanOrEqual(WORKSHEETS);
    await expectFactsOfTheirScores();
  });

  it('are stored only for the version of the score they were computed from', async () => {
    const id = fromGlobalIdOf('Assessment', worksheets[0] ?? '');
    const read = async () =>
      (
        await sql<{ version: number; facts: unknown; points: StoredPoints }>(
          `SELECT f.version, f.facts, sc.points FROM dashboard_layer_facts f
           JOIN assessment_score sc USING (assessment_id, layer) WHERE f.assessment_id = $1 AND f.layer = 'unit'`,
          [id],
        )
      )[0];
    const before = await read();
    if (!before) throw new Error('The worksheet has no kept unit layer.');
    const facts = layerFactsOf(requireFramework('permenpanrb-90-2021'), groupPointsOf(before.points));
    // A save after the read: the facts computed from the points read belong to the score no more.
    const edited = await save(
      worksheets[0] ?? '',
      'UNIT',
      await changedAnswers(worksheets[0] ?? '', 'UNIT', 1),
    );
    expect(edited.errors).toBeUndefined();
    const after = await read();
    expect(after?.version).toBe(before.version + 1);
    expect(after?.facts).toBeNull();
    const rows = (version: number) => JSON.stringify([{ assessment_id: id, layer: 'unit', version, facts }]);
    expect(await storeLayerFacts(app.dataSource.manager, { rows: rows(before.version) })).toBe(0);
    expect((await read())?.facts).toBeNull();
    expect(await storeLayerFacts(app.dataSource.manager, { rows: rows(before.version + 1) })).toBe(1);
    expect((await read())?.facts).toEqual(facts);
    // Those were the old points' facts under the new version, stored only to show the guard: cleared.
    await sql(`UPDATE dashboard_layer_facts SET facts = NULL WHERE assessment_id = $1 AND layer = 'unit'`, [
      id,
    ]);
  });

  it('never hold up a save of another worksheet, nor the dashboard, behind a save in progress', async () => {
    const [held, ...others] = worksheets;
    const heldId = fromGlobalIdOf('Assessment', held ?? '');
    // The held worksheet's facts are to compute: the dashboard will try to store them.
    await sql(`UPDATE dashboard_layer_facts SET facts = NULL WHERE assessment_id = $1 AND layer = 'unit'`, [
      heldId,
    ]);
    const before = await direct(2027, ADMIN);
    const client = new pg.Client({ connectionString: (app.dataSource.options as { url: string }).url });
    await client.connect();
    try {
      // A save in progress on one worksheet: its score and its kept row are locked until it ends.
      await client.query('BEGIN');
      await client.query(
        `UPDATE assessment_score SET total = total + 1 WHERE assessment_id = $1 AND layer = 'unit'`,
        [heldId],
      );
      const edits = await Promise.all(others.map((id) => changedAnswers(id, 'UNIT', 3)));
      const started = performance.now();
      const meanwhile = Promise.all([
        ...others.map((id, index) => save(id, 'UNIT', edits[index] ?? [])),
        ask(DASHBOARD, { year: 2027, filter: {} }),
      ]).then((responses) => ({ responses, ms: performance.now() - started }));
      const timeout = new Promise<'held up'>((resolve) => setTimeout(() => resolve('held up'), 10_000));
      const done = await Promise.race([meanwhile, timeout]);
      if (done === 'held up') throw new Error('A save or the dashboard waited for the save in progress.');
      expect(outcomes(done.responses).every((outcome) => outcome === 'ok')).toBe(true);
      // The dashboard showed the held worksheet as committed, its facts computed but not stored.
      const shown = done.responses.at(-1)?.data?.portfolioDashboard;
      const heldRows = (rows: Array<{ assessmentId: string; total: number }>) =>
        rows.filter((row) => row.assessmentId === held).map((row) => row.total);
      expect(heldRows([...shown.heatmap, ...shown.incomplete])).toEqual(
        heldRows([...before.heatmap, ...before.incomplete]),
      );
      const [kept] = await sql<{ facts: unknown }>(
        `SELECT facts FROM dashboard_layer_facts WHERE assessment_id = $1 AND layer = 'unit'`,
        [heldId],
      );
      expect(kept?.facts).toBeNull();
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
    await expectDirect(await dashboard(2027), 2027, ADMIN);
    const [kept] = await sql<{ facts: unknown }>(
      `SELECT facts FROM dashboard_layer_facts WHERE assessment_id = $1 AND layer = 'unit'`,
      [heldId],
    );
    expect(kept?.facts).not.toBeNull();
    await expectFactsOfTheirScores();
  });
});
