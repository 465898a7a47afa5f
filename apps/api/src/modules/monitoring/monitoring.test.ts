import { randomUUID } from 'node:crypto';
import {
  CloseMonitoringRoundDocument,
  FollowUpsDocument,
  MeDocument,
  MonitoringRoundDocument,
  OpenMonitoringRoundDocument,
  type OpenMonitoringRoundInput,
  RecordFindingDocument,
  type RecordFindingInput,
  RespondToFollowUpDocument,
  type RespondToFollowUpInput,
  ReviewFollowUpDocument,
  type ReviewFollowUpInput,
  SetMonitoringProgressDocument,
  type SetMonitoringProgressInput,
} from '@zi/schema/admin';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, quarterOf, todayInIndonesia } from '../../common/dates.js';
import { toGlobalId } from '../../common/global-id.js';
import {
  createTestApp,
  errorCodes,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';
import { checkDueDate } from './monitoring.service.js';

let app: TestApp;
let cookies: Record<string, string>;
let roundId: string;
let unitId: string;
const today = todayInIndonesia();
const current = quarterOf(today);

let admin: Portal<string>;
const count = async (table: string) =>
  ((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]?.n;
const dayFromToday = (days: number) => addDays(todayInIndonesia(), days);

const open = (input: OpenMonitoringRoundInput, who = 'admin') =>
  admin(OpenMonitoringRoundDocument, { input }, who);
const judge = (input: SetMonitoringProgressInput, who = 'admin') =>
  admin(SetMonitoringProgressDocument, { input }, who);
const record = (input: RecordFindingInput) => admin(RecordFindingDocument, { input });
const followUps = (filter: { roundId: string; overdue?: boolean }, who = 'admin') =>
  admin(FollowUpsDocument, { first: 50, filter }, who);
const respond = (input: RespondToFollowUpInput) => admin(RespondToFollowUpDocument, { input }, 'operator');
const review = (input: ReviewFollowUpInput, who = 'admin') => admin(ReviewFollowUpDocument, { input }, who);

const finding = (dueOn: string): RecordFindingInput => ({
  roundId,
  unitId,
  area: 'PUBLIC_SERVICE',
  description: 'Standar pelayanan belum dipublikasikan di ruang tunggu.',
  recommendations: [
    {
      description: 'Publikasikan standar pelayanan di ruang tunggu dan laman unit.',
      followUps: [{ description: 'Pasang papan standar pelayanan.', ownerName: 'Kepala Subbag Umum', dueOn }],
    },
  ],
});

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  admin = portal(app, cookies, 'admin');
  unitId = (await admin(MeDocument, {}, 'operator')).data?.me?.unit?.id ?? '';
});
afterAll(() => app.close());

describe('monitoring rounds', () => {
  it('lets the Inspektorat open one round per quarter, not ahead of time', async () => {
    expect(errorCodes(await open(current, 'evaluator'))).toEqual(['FORBIDDEN']);
    const opened = await open(current);
    expect(opened.data?.openMonitoringRound).toMatchObject(current);
    roundId = opened.data?.openMonitoringRound.id ?? '';
    const again = await open(current);
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'quarter', reason: 'ROUND_EXISTS' });
    const future = await open({ year: current.year + 1, quarter: 1 });
    expect(future.errors?.[0]?.extensions).toMatchObject({ field: 'quarter', reason: 'QUARTER_NOT_BEGUN' });
    const outOfRange = await open({ year: current.year, quarter: 5 });
    expect(outOfRange.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
  });

  it('records a judgement per area, which operators cannot', async () => {
    const input: SetMonitoringProgressInput = {
      roundId,
      unitId,
      area: 'CHANGE_MANAGEMENT',
      judgement: 'BEHIND',
      note: 'Agen perubahan belum ditetapkan.',
    };
    expect(errorCodes(await judge(input, 'operator'))).toEqual(['FORBIDDEN']);
    expect((await judge(input)).data?.setMonitoringProgress).toMatchObject({
      area: 'CHANGE_MANAGEMENT',
      judgement: 'BEHIND',
      note: 'Agen perubahan belum ditetapkan.',
    });
    const again = await judge({ ...input, judgement: 'ON_TRACK', note: null });
    expect(again.data?.setMonitoringProgress.judgement).toBe('ON_TRACK');
    const round = await admin(MonitoringRoundDocument, { id: roundId });
    expect(round.data?.monitoringRound?.progress).toMatchObject([
      { area: 'CHANGE_MANAGEMENT', judgement: 'ON_TRACK' },
    ]);
  });
});

describe('findings, recommendations and follow-ups', () => {
  it('refuses a due date in a closed quarter or in the past, naming the field, and saves nothing', async () => {
    const before = await count('finding');
    const followUpsBefore = await count('follow_up');
    const closedQuarter = await record(finding(`${current.year - 1}-12-31`));
    expect(closedQuarter.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'recommendations.0.followUps.0.dueOn',
      reason: 'DUE_IN_CLOSED_QUARTER',
    });
    const noRecommendation = await record({ ...finding(today), recommendations: [] });
    expect(noRecommendation.errors?.[0]?.extensions).toMatchObject({ field: 'recommendations' });
    expect(await count('finding')).toBe(before);
    expect(await count('follow_up')).toBe(followUpsBefore);
  });

  it('explains the due-date rule for any day', () => {
    expect(() => checkDueDate({ dueOn: '2026-09-30' }, 'dueOn', '2026-11-22')).toThrow(
      'dueOn falls in quarter 3 of 2026, which has closed',
    );
    expect(() => checkDueDate({ dueOn: '2026-10-05' }, 'dueOn', '2026-11-22')).toThrow(
      'dueOn must be today (2026-11-22) or later',
    );
    expect(() => checkDueDate({ dueOn: '2026-11-22' }, 'dueOn', '2026-11-22')).not.toThrow();
    expect(() => checkDueDate({ dueOn: '2029-11-22' }, 'dueOn', '2026-11-22')).not.toThrow();
    expect(() => checkDueDate({ dueOn: '9999-12-31' }, 'dueOn', '2026-11-22')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ reason: 'DUE_TOO_FAR', latest: '2029-11-24' }),
      }),
    );
  });

  it('saves a finding with its recommendations and follow-ups, audited', async () => {
    const recorded = await record(finding(dayFromToday(14)));
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordFinding.recommendations[0]?.followUps[0]).toMatchObject({
      ownerName: 'Kepala Subbag Umum',
      status: 'OPEN',
      overdue: false,
    });
    const [audited] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'monitoring.finding'`,
    )) as { n: number }[];
    expect(audited?.n).toBe(1);
  });

  it('shows a unit its own follow-ups only, and an evaluator only assigned units', async () => {
    const mine = await followUps({ roundId }, 'operator');
    expect(mine.data?.followUps.totalCount).toBe(1);
    expect(mine.data?.followUps.nodes[0]?.recommendation?.finding.description).toMatch(/^Standar pelayanan/);
    const evaluator = await followUps({ roundId }, 'evaluator');
    expect(evaluator.data?.followUps.totalCount).toBe(0);
  });

  it('shows a unit the findings of its own unit only', async () => {
    const seen = await admin(MonitoringRoundDocument, { id: roundId }, 'operator');
    const units = (seen.data?.monitoringRound?.findings ?? []).map((f) => f.unit.id);
    expect(new Set(units)).toEqual(new Set([unitId]));
    // Inline: the portal lists rounds without their findings; this probes that every round's findings are scoped too.
    const all = await admin('query { monitoringRounds { findings { unit { id } } } }', {}, 'operator');
    const rounds = (all.data?.monitoringRounds ?? []) as Array<{ findings: Array<{ unit: { id: string } }> }>;
    const unitsInAll = rounds.flatMap((round) => round.findings.map((found) => found.unit.id));
    expect(new Set(unitsInAll)).toEqual(new Set([unitId]));
  });

  it('lets the unit answer and the Inspektorat verify or send back', async () => {
    const followUpId = (await followUps({ roundId }, 'operator')).data?.followUps.nodes[0]?.id ?? '';
    const verifyOpen = await review({ followUpId, accept: true });
    expect(verifyOpen.errors?.[0]?.extensions?.reason).toBe('FOLLOW_UP_NOT_DONE');
    const asVerified = await respond({ followUpId, status: 'VERIFIED', response: 'x' });
    expect(asVerified.errors?.[0]?.extensions).toMatchObject({ field: 'status' });
    const badLink = await respond({
      followUpId,
      status: 'DONE',
      response: 'Papan dipasang.',
      evidenceUrl: 'javascript:alert(1)',
    });
    expect(badLink.errors?.[0]?.extensions).toMatchObject({ field: 'evidenceUrl' });
    const done = await respond({
      followUpId,
      status: 'DONE',
      response: 'Papan dipasang.',
      evidenceUrl: 'https://drive.example/foto',
    });
    expect(done.data?.respondToFollowUp).toMatchObject({ status: 'DONE', response: 'Papan dipasang.' });
    expect(errorCodes(await review({ followUpId, accept: true }, 'operator'))).toEqual(['FORBIDDEN']);
    const noNote = await review({ followUpId, accept: false });
    expect(noNote.errors?.[0]?.extensions).toMatchObject({ field: 'note', reason: 'NOTE_REQUIRED' });
    const sentBack = await review({ followUpId, accept: false, note: 'Foto papan belum ada.' });
    expect(sentBack.data?.reviewFollowUp.status).toBe('IN_PROGRESS');
    const seen = await followUps({ roundId }, 'operator');
    expect(seen.data?.followUps.nodes[0]).toMatchObject({
      reviewNote: 'Foto papan belum ada.',
      recommendation: { finding: { description: finding(today).description } },
    });
    await respond({ followUpId, status: 'DONE', response: 'Papan dipasang, foto diunggah.' });
    expect((await review({ followUpId, accept: true })).data?.reviewFollowUp.status).toBe('VERIFIED');
    const afterClose = await respond({ followUpId, status: 'IN_PROGRESS', response: 'x' });
    expect(afterClose.errors?.[0]?.extensions?.reason).toBe('FOLLOW_UP_VERIFIED');
  });

  it('marks follow-ups past their due date as overdue and filters them', async () => {
    await app.dataSource.query(
      `INSERT INTO follow_up (recommendation_id, unit_id, description, owner_name, due_on)
       SELECT r.id, fi.unit_id, 'Laporan triwulan', 'Sekretaris', $1
       FROM recommendation r JOIN finding fi ON fi.id = r.finding_id
       JOIN monitoring_round mr ON mr.id = fi.round_id WHERE mr.closed_at IS NULL LIMIT 1`,
      [dayFromToday(-3)],
    );
    const overdue = await followUps({ overdue: true, roundId });
    expect(overdue.data?.followUps.nodes).toEqual([
      expect.objectContaining({ status: 'OPEN', overdue: true, response: null }),
    ]);
  });

  it('reports the round as a workbook and a PDF, for the Inspektorat and for the unit itself', async () => {
    const download = (path: string, who = 'admin') =>
      fetch(`${app.url}/admin/monitoring/${roundId}/${path}`, { headers: { cookie: cookies[who] ?? '' } });
    const xlsx = await download('report.xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const details = workbook.getWorksheet('Temuan');
    expect(details?.rowCount).toBe(3);
    const rows = [2, 3].map((row) => details?.getRow(row));
    const verified = rows.find((row) => row?.getCell(5).text === 'Pasang papan standar pelayanan.');
    expect(verified?.getCell(8).text).toBe('Terverifikasi');
    const late = rows.find((row) => row?.getCell(5).text === 'Laporan triwulan');
    expect(late?.getCell(9).text).toBe('ya');
    const summary = workbook.getWorksheet('Ringkasan');
    expect(summary?.getRow(5).getCell(2).text).toBe('Sesuai rencana');
    const pdf = await download(`report.pdf?unitId=${unitId}`, 'operator');
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await download('report.xlsx', 'nobody')).status).toBe(401);
    const unknown = await fetch(`${app.url}/admin/monitoring/bm90LWEtcm91bmQ/report.pdf`, {
      headers: { cookie: cookies.admin ?? '' },
    });
    expect(unknown.status).toBe(400);
  });

  it('writes the report in the reader’s language, dates included, with no word of the other', async () => {
    const download = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${app.url}/admin/monitoring/${roundId}/${path}`, {
        headers: { cookie: cookies.admin ?? '', ...headers },
      });
    const textOf = async (response: Response) => pdfText(Buffer.from(await response.arrayBuffer()));
    const indonesian = await download('report.pdf');
    expect(indonesian.headers.get('content-language')).toBe('id');
    const id = await textOf(indonesian);
    expect(id).toContain('Tindak lanjut terbuka');
    expect(id).toMatch(
      /tenggat \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/,
    );
    expect(id).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const english of ['Finding', 'Recommendation', 'Overdue', 'Verified', 'Round', ' due ', 'OVERDUE'])
      expect(id, english).not.toContain(english);

    for (const english of [
      await download('report.pdf?lang=en'),
      await download('report.pdf', { 'accept-language': 'en-US,en;q=0.9' }),
    ]) {
      expect(english.headers.get('content-language')).toBe('en');
      const en = await textOf(english);
      expect(en).toContain('Integrity Zone Monitoring and Evaluation - Quarter');
      expect(en).toContain('Open follow-ups');
      expect(en).toMatch(
        /due \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
      );
      for (const word of [
        'Tindak lanjut',
        'Rekomendasi',
        'Terverifikasi',
        'Terlambat',
        'tenggat',
        'Putaran',
        'Triwulan',
      ])
        expect(en, word).not.toContain(word);
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download('report.xlsx?lang=en')).arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Findings']);
    const rows = workbook.getWorksheet('Findings')?.getSheetValues() ?? [];
    expect(rows.length).toBeGreaterThan(2);
    const statuses = rows.slice(2).map((row) => (row as unknown[])[8]);
    expect(statuses).toContain('Verified');
    const due = (rows[2] as unknown[])[7];
    expect(due).toBeInstanceOf(Date);
  });

  it('records the same finding at other units at once, each with its own follow-ups, or at none', async () => {
    const others = (
      (await app.dataSource.query(
        `SELECT id FROM unit WHERE archived_at IS NULL AND id <> (SELECT unit_id FROM app_user WHERE email = 'operator@demo.zi.id') ORDER BY name LIMIT 2`,
      )) as { id: string }[]
    ).map(({ id }) => toGlobalId('Unit', id));
    const findingsBefore = await count('finding');
    const followUpsBefore = await count('follow_up');
    // One unit the viewer may not name: nothing is saved, the refusal names the field.
    const refused = await record({
      ...finding(dayFromToday(20)),
      alsoUnitIds: [...others, toGlobalId('Unit', randomUUID())],
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'alsoUnitIds' });
    expect(await count('finding')).toBe(findingsBefore);
    const shared = await record({ ...finding(dayFromToday(20)), alsoUnitIds: [...others, unitId] });
    expect(shared.errors).toBeUndefined();
    expect(await count('finding')).toBe((findingsBefore ?? 0) + 3);
    expect(await count('follow_up')).toBe((followUpsBefore ?? 0) + 3);
    const [{ units } = { units: 0 }] = (await app.dataSource.query(
      `SELECT count(DISTINCT fu.unit_id)::int AS units FROM follow_up fu JOIN recommendation r ON r.id = fu.recommendation_id
       JOIN finding f ON f.id = r.finding_id WHERE f.created_at >= now() - interval '1 minute' AND fu.due_on = $1`,
      [dayFromToday(20)],
    )) as { units: number }[];
    expect(units).toBe(3);
  });

  it('freezes a closed round', async () => {
    const closed = await admin(CloseMonitoringRoundDocument, { id: roundId });
    expect(closed.data?.closeMonitoringRound.closedAt).toBeTruthy();
    const late = await judge({ roundId, unitId, area: 'SUPERVISION', judgement: 'AHEAD' });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROUND_CLOSED' });
  });
});
