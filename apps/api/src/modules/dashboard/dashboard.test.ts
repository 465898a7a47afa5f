import { DEFAULT_FRAMEWORK_CODE, requireFramework } from '@zi/lke';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import { createTestApp, errorCodes, graphql, signInEveryRole, type TestApp } from '../../test/harness.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { recomputeLayerScore } from '../assessments/layer-score.js';

let app: TestApp;
let cookies: Record<string, string>;

const DASHBOARD = `query($year: Int!, $filter: DashboardFilter) { portfolioDashboard(year: $year, filter: $filter) {
  funnel { stage units }
  heatmap { year evaluated total answered questions assessmentId unit { name } areas { area percent } }
  gaps { assessmentId area selfPercent tpiPercent gap selfAnswered tpiAnswered questions unit { name } }
  risks { assessmentId target total answered questions rules failing { id label measure gap } unit { name } }
  incomplete { assessmentId year layer total answered questions unit { name } }
  followUps { open overdue done verified }
  coaching { zoneUnits coached neverCoached { name } }
  trends { year quarter findings followUpsOpen judgements { judgement count } }
  latePlanItems
} }`;

const dashboard = async (who: string, variables: Record<string, unknown> = { year: 2026 }) => {
  const result = await graphql(`${app.url}/admin/graphql`, DASHBOARD, variables, cookies[who]);
  return { result, data: result.data?.portfolioDashboard };
};
/** Answers the first `count` choice questions of a layer at their best option, and rescores it. */
async function answer(assessment: { id: string; frameworkCode: string }, layer: AnswerLayer, count: number) {
  const choices = [...requireFramework(assessment.frameworkCode).questions.values()]
    .filter((entry) => !entry.formula && entry.answerType.options?.length)
    .slice(0, count);
  for (const entry of choices) {
    await app.dataSource.query(
      `INSERT INTO answer (assessment_id, layer, code, value, updated_at, version) VALUES ($1, $2, $3, $4, now(), 1)`,
      [assessment.id, layer, entry.node.code, JSON.stringify(entry.answerType.options?.[0]?.value)],
    );
  }
  await recomputeLayerScore(app.dataSource.manager, assessment, layer);
}

const total = (funnel: Array<{ units: number }>) => funnel.reduce((sum, step) => sum + step.units, 0);

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
});
afterAll(() => app.close());

describe('the portfolio dashboard', () => {
  it('shows every active unit once in the funnel, and the scored ones in the heatmap by area', async () => {
    const { data, result } = await dashboard('admin');
    expect(result.errors).toBeUndefined();
    expect(total(data.funnel)).toBe(253);
    expect(data.funnel.map((step: { stage: string }) => step.stage)).toEqual([
      'NOT_STARTED',
      'DECLARED',
      'BUILDING',
      'SELF_ASSESSED',
      'TPI_EVALUATED',
      'PROPOSED',
      'WBK',
      'WBBM',
      'NOT_AWARDED',
      'REVOKED',
    ]);
    expect(data.funnel[0].units).toBeGreaterThan(200);
    expect(data.heatmap.length).toBeGreaterThan(5);
    expect(Buffer.from(data.heatmap[0].assessmentId, 'base64url').toString()).toMatch(/^Assessment:/);
    for (const row of data.heatmap) {
      expect(row.areas.map((a: { area: string }) => a.area)).toEqual([
        'CHANGE_MANAGEMENT',
        'BUSINESS_PROCESS',
        'HUMAN_RESOURCES',
        'ACCOUNTABILITY',
        'SUPERVISION',
        'PUBLIC_SERVICE',
      ]);
      for (const area of row.areas) expect(area.percent).toBeGreaterThanOrEqual(0);
      expect(row.answered).toBeGreaterThan(0);
      expect(row.answered).toBeLessThanOrEqual(row.questions);
    }
    expect(data.risks.length).toBeGreaterThan(0);
    expect(data.incomplete.length).toBeGreaterThan(0);
    for (const row of [...data.risks, ...data.incomplete]) expect(row.questions).toBeGreaterThan(0);
    expect(data.gaps.length).toBeGreaterThan(0);
    const gaps = data.gaps.map((row: { gap: number }) => row.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(data.coaching.zoneUnits).toBe(25);
    expect(data.coaching.coached + data.coaching.neverCoached.length).toBe(25);
    expect(data.trends.length).toBeGreaterThanOrEqual(3);
  });

  it('names the failing rules of units at risk, with the gap to pass, out of its target’s rules', async () => {
    const { data } = await dashboard('admin');
    expect(data.risks.length).toBeGreaterThan(0);
    const frameworks: Array<{ id: string; framework_code: string }> = await app.dataSource.query(
      'SELECT id, framework_code FROM assessment WHERE id = ANY($1)',
      [data.risks.map((risk: { assessmentId: string }) => fromGlobalIdOf('Assessment', risk.assessmentId))],
    );
    const frameworkOf = new Map(frameworks.map((row) => [row.id, row.framework_code]));
    for (const risk of data.risks) {
      expect(risk.failing.length).toBeGreaterThan(0);
      const framework = requireFramework(
        frameworkOf.get(fromGlobalIdOf('Assessment', risk.assessmentId)) ?? '',
      );
      expect(risk.rules).toBe(framework.targets.find((target) => target.id === risk.target)?.rules.length);
      expect(risk.rules).toBeGreaterThanOrEqual(risk.failing.length);
      for (const rule of risk.failing) {
        expect(rule.gap).toBeGreaterThan(0);
        expect(['POINTS', 'PERCENT_OF_WEIGHT', 'PREDICATE']).toContain(rule.measure);
      }
    }
  });

  it('aims a unit holding WBBM alone (its WBK revoked) at WBBM, its active predicate, not at WBK', async () => {
    const before = await dashboard('admin');
    const risk = before.data.risks.find((row: { target: string }) => row.target === 'WBK');
    const [{ unit_id: unitId }] = await app.dataSource.query('SELECT unit_id FROM assessment WHERE id = $1', [
      fromGlobalIdOf('Assessment', risk.assessmentId),
    ]);
    const added: Array<{ id: string }> = await app.dataSource.query(
      `INSERT INTO predicate (unit_id, kind, year, decree_number, decree_date, revoked_on, revocation_reason) VALUES
         ($1, 'wbk', 2023, 'KEP/1/2023', '2023-12-01', '2025-01-10', 'Dicabut'),
         ($1, 'wbbm', 2024, 'KEP/2/2024', '2024-12-01', NULL, NULL) RETURNING id`,
      [unitId],
    );
    try {
      const { data } = await dashboard('admin');
      const after = data.risks.find(
        (row: { assessmentId: string }) => row.assessmentId === risk.assessmentId,
      );
      expect(after?.target).toBe('WBBM');
    } finally {
      await app.dataSource.query('DELETE FROM predicate WHERE id = ANY($1)', [added.map((row) => row.id)]);
    }
  });

  it('narrows to the evaluator’s units and to a kind, and is closed to operators', async () => {
    expect(total((await dashboard('evaluator')).data.funnel)).toBe(10);
    const schools = await dashboard('admin', { year: 2026, filter: { kind: 'SCHOOL' } });
    expect(total(schools.data.funnel)).toBeLessThan(253);
    expect(total(schools.data.funnel)).toBeGreaterThan(0);
    expect(errorCodes((await dashboard('operator')).result)).toEqual(['FORBIDDEN']);
    const badYear = await dashboard('admin', { year: 1999 });
    expect(badYear.result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('exports the table behind each chart as CSV, and all of them as one workbook', async () => {
    const get = (path: string, who = 'admin') =>
      fetch(`${app.url}/admin/dashboard/${path}`, { headers: { cookie: cookies[who] ?? '' } });
    const csv = await get('funnel.csv?year=2026');
    const lines = Buffer.from(await csv.arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('tahap,unit');
    expect(lines).toHaveLength(11);
    // The stages in Indonesian words, as the rest of the document: no code such as BUILDING.
    expect(lines.slice(1).map((line) => line.split(',')[0])).toContain('Pembangunan');
    expect(lines.join('\n')).not.toMatch(/\b(BUILDING|NOT_STARTED|SELF_ASSESSED)\b/);
    const xlsx = await get('export.xlsx?year=2026&kind=SCHOOL');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tahapan',
      'Peta area',
      'Selisih mandiri-TPI',
      'Unit berisiko',
      'Penilaian belum lengkap',
      'Tren triwulan',
      'Belum didampingi',
    ]);
    // In English for a reader who chose it: titles, headers and words, numbers as they are.
    const english = await get('funnel.csv?year=2026&lang=en');
    expect(english.headers.get('content-language')).toBe('en');
    const englishLines = Buffer.from(await english.arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(englishLines[0]).toBe('stage,units');
    expect(englishLines.map((line) => line.split(',')[1]).slice(1)).toEqual(
      lines.map((line) => line.split(',')[1]).slice(1),
    );
    expect(englishLines.slice(1).map((line) => line.split(',')[0])).toContain('Building');
    expect(englishLines.join('\n')).not.toMatch(/Pembangunan|Pencanangan|Belum mencanangkan|Dievaluasi/);
    const englishBook = new ExcelJS.Workbook();
    await englishBook.xlsx.load(await (await get('export.xlsx?year=2026&lang=en')).arrayBuffer());
    expect(englishBook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Stages',
      'Area map',
      'Self vs TPI gap',
      'Units at risk',
      'Incomplete assessments',
      'Quarterly trend',
      'Not yet coached',
    ]);
    const heatmapHeader = englishBook.getWorksheet('Area map')?.getRow(1).values as unknown[];
    expect(heatmapHeader).toContain('Change management');
    expect(heatmapHeader).toContain('work_unit');
    expect((await get('funnel.csv?year=abc')).status).toBe(400);
    expect((await get('funnel.csv?year=2026&kind=CASTLE')).status).toBe(400);
    expect((await get('secrets.csv?year=2026')).status).toBe(404);
    expect((await get('funnel.csv?year=2026', 'operator')).status).toBe(403);
  });

  it('lists a worksheet with 3 of its questions answered apart, never as the worst unit', async () => {
    const [wbbm] = await app.dataSource.query(`SELECT u.id, u.name FROM unit u
      WHERE EXISTS (SELECT 1 FROM predicate p WHERE p.unit_id = u.id AND p.kind = 'wbbm' AND p.revoked_on IS NULL)
      ORDER BY u.name LIMIT 1`);
    const [assessment] = await app.dataSource.query(
      `INSERT INTO assessment (unit_id, year, framework_code, status)
       VALUES ($1, 2027, $2, 'draft') RETURNING id, framework_code AS "frameworkCode"`,
      [wbbm.id, DEFAULT_FRAMEWORK_CODE],
    );
    await answer(assessment, AnswerLayer.UNIT, 3);
    const { data } = await dashboard('admin', { year: 2027 });
    const id = toGlobalId('Assessment', assessment.id);
    const ids = (rows: Array<{ assessmentId: string }>) => rows.map((row) => row.assessmentId);
    expect(ids(data.heatmap)).not.toContain(id);
    expect(ids(data.risks)).not.toContain(id);
    expect(data.incomplete).toContainEqual(
      expect.objectContaining({ assessmentId: id, layer: 'UNIT', answered: 3, questions: 113, year: 2027 }),
    );
    // Still in progress, the unit's earlier, final score stays out of the ranking too: the latest counts.
    expect(data.heatmap.map((row: { unit: { name: string } }) => row.unit.name)).not.toContain(wbbm.name);
  });

  it('compares a unit with its TPI only once the TPI layer is final: two answers make no gap', async () => {
    const [assessment] = await app.dataSource.query(`SELECT a.id, a.framework_code AS "frameworkCode"
      FROM assessment a JOIN assessment_score sc ON sc.assessment_id = a.id AND sc.layer = 'unit'
      WHERE a.year = 2026 AND a.status IN ('submitted', 'in_review') AND sc.answered = sc.questions
      ORDER BY a.id LIMIT 1`);
    await app.dataSource.query(`UPDATE assessment SET status = 'in_review' WHERE id = $1`, [assessment.id]);
    await app.dataSource.query(`DELETE FROM answer WHERE assessment_id = $1 AND layer = 'tpi'`, [
      assessment.id,
    ]);
    await answer(assessment, AnswerLayer.TPI, 2);
    const { data } = await dashboard('admin');
    const id = toGlobalId('Assessment', assessment.id);
    expect(data.gaps.map((row: { assessmentId: string }) => row.assessmentId)).not.toContain(id);
    const heatmap = data.heatmap.find((row: { assessmentId: string }) => row.assessmentId === id);
    expect(heatmap).toMatchObject({ evaluated: false, answered: 113, questions: 113 });
    expect(data.gaps.length).toBeGreaterThan(0);
    for (const gap of data.gaps) {
      expect(gap.selfAnswered).toBe(gap.questions);
      expect(gap.tpiAnswered).toBe(gap.questions);
    }
  });

  it('lists the first units of each list in the order asked, and counts them all', async () => {
    const LISTS = `query($first: Int!, $order: HeatmapOrder) { portfolioDashboard(year: 2026) {
      counts { heatmap gaps risks incomplete }
      all: heatmap { total unit { name } areas { area percent } }
      heatmap(first: $first, orderBy: $order) { total unit { name } areas { area percent } }
      gaps { assessmentId }
      allRisks: risks { assessmentId failing { id label } target }
      risks(first: $first) { assessmentId }
      riskRules { target id label units }
      allIncomplete: incomplete { assessmentId }
      incomplete(first: $first) { assessmentId }
    } }`;
    const ask = (variables: Record<string, unknown>) =>
      graphql(`${app.url}/admin/graphql`, LISTS, variables, cookies.admin);
    const supervision = (row: { areas: Array<{ area: string; percent: number }> }) =>
      row.areas.find((area) => area.area === 'SUPERVISION')?.percent ?? 0;
    const order = { field: 'AREA', area: 'SUPERVISION', direction: 'DESC' };
    const { data, errors } = await ask({ first: 2, order });
    expect(errors).toBeUndefined();
    const lists = data?.portfolioDashboard;
    expect(lists.counts.heatmap).toBe(lists.all.length);
    expect(lists.counts.risks).toBe(lists.allRisks.length);
    expect(lists.counts.incomplete).toBe(lists.allIncomplete.length);
    expect(lists.counts.gaps).toBeGreaterThanOrEqual(lists.gaps.length);
    // By default the weakest total first; asked, the first two by supervision, highest first.
    const totals = lists.all.map((row: { total: number }) => row.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    const bySupervision = [...lists.all].sort(
      (a, b) => supervision(b) - supervision(a) || a.unit.name.localeCompare(b.unit.name, 'id'),
    );
    expect(lists.heatmap).toEqual(bySupervision.slice(0, 2));
    const ids = (rows: Array<{ assessmentId: string }>) => rows.map((row) => row.assessmentId);
    expect(ids(lists.risks)).toEqual(ids(lists.allRisks.slice(0, 2)));
    expect(lists.incomplete).toEqual(lists.allIncomplete.slice(0, 2));
    // The rules failed, counted over every unit at risk.
    const failed = new Map<string, number>();
    for (const risk of lists.allRisks)
      for (const rule of risk.failing)
        failed.set(`${risk.target} ${rule.id}`, (failed.get(`${risk.target} ${rule.id}`) ?? 0) + 1);
    expect(
      new Map(
        lists.riskRules.map((rule: { target: string; id: string; units: number }) => [
          `${rule.target} ${rule.id}`,
          rule.units,
        ]),
      ),
    ).toEqual(failed);
    const units = lists.riskRules.map((rule: { units: number }) => rule.units);
    expect(units).toEqual([...units].sort((a, b) => b - a));

    for (const first of [0, 101]) {
      const refused = await ask({ first });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PAGE_SIZE',
        max: 100,
      });
    }
    const noArea = await ask({ first: 1, order: { field: 'AREA' } });
    expect(noArea.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderBy' });
  });

  it('costs a bounded number of SQL statements, for 250 units as for 500', async () => {
    app.queries.count = 0;
    await dashboard('admin');
    const before = app.queries.count;
    await app.dataSource.query(`
      INSERT INTO unit (instansi_id, name, kind, serves_public)
      SELECT instansi_id, 'Unit tambahan ' || n, 'other', false
      FROM app_user, generate_series(1, 250) AS n WHERE email = 'admin@demo.zi.id'`);
    app.queries.count = 0;
    const { data } = await dashboard('admin');
    expect(total(data.funnel)).toBe(503);
    // The parts and the unit lookups of their rows; the lookups batch per tick, so 9 to 12.
    expect(before).toBeLessThanOrEqual(12);
    expect(app.queries.count).toBeLessThanOrEqual(12);
  });
});
