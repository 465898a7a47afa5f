import { FRAMEWORKS } from '@zi/lke';
import { AssembleProposalPackageDocument, IssueLheDocument } from '@zi/schema/admin';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../common/global-id.js';
import { assessmentPool } from '../../test/assessment-pool.js';
import { englishLeaksFinder } from '../../test/english-words.js';
import { createTestApp, type Portal, portal, signInEveryRole, type TestApp } from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';
import { DASHBOARD_WORDS } from '../dashboard/dashboard.words.js';
import { MONITORING_WORDS } from '../monitoring/monitoring-report.words.js';
import { STAGE_WORDS } from '../stages/stage-words.js';

/** Every word a value holds: strings, and the strings inside objects (functions left out). */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.match(/\p{L}{3,}/gu) ?? [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(wordsOf);
  return [];
}

/**
 * The English the documents' own word files hold (titles, headers, statuses, stages), less the
 * words their Indonesian side also uses (Area, Status, TPI) and those the regulation's own
 * worksheet text uses ("public campaign"): what a document would show if it were written from the
 * wrong side.
 */
const OURS_IN_ENGLISH = (() => {
  const indonesian = new Set(
    wordsOf([MONITORING_WORDS.id, DASHBOARD_WORDS.id, STAGE_WORDS.id, [...FRAMEWORKS.values()]]).map((word) =>
      word.toLowerCase(),
    ),
  );
  return [...new Set(wordsOf([MONITORING_WORDS.en, DASHBOARD_WORDS.en, STAGE_WORDS.en]))].filter(
    (word) => !indonesian.has(word.toLowerCase()),
  );
})();

const englishIn = englishLeaksFinder(OURS_IN_ENGLISH);

/** Every cell of every sheet, as the reader sees it. */
async function workbookText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) {
    texts.push(sheet.name);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(cell.text);
      });
    });
  }
  return texts.join('\n');
}

let app: TestApp;
let send: Portal<'admin' | 'evaluator' | 'operator'>;
let cookies: Record<string, string>;

const download = async (path: string) => {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie: cookies.admin ?? '' } });
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  send = portal(app, cookies, 'admin');
});
afterAll(() => app.close());

describe('documents in Bahasa Indonesia', () => {
  it('hold no English word: the LKE workbook, the LHE, the proposal letters, the monitoring report and the dashboard files', async () => {
    const take = await assessmentPool(app);
    const [id = ''] = await take('evaluated', 1);
    const assessment = toGlobalId('Assessment', id);
    expect((await send(IssueLheDocument, { assessmentId: assessment })).errors).toBeUndefined();
    await app.dataSource.query(`UPDATE assessment SET status = 'proposed' WHERE id = $1`, [id]);
    expect(
      (await send(AssembleProposalPackageDocument, { assessmentId: assessment })).errors,
    ).toBeUndefined();
    const [round] = (await app.dataSource.query(
      'SELECT f.round_id FROM finding f JOIN follow_up fu ON fu.unit_id = f.unit_id LIMIT 1',
    )) as { round_id: string }[];
    expect(round).toBeDefined();
    const roundPath = `/admin/monitoring/${toGlobalId('MonitoringRound', round?.round_id ?? '')}`;
    const [{ year } = { year: 0 }] = (await app.dataSource.query(
      'SELECT max(year) AS year FROM assessment',
    )) as { year: number }[];

    const documents: Record<string, string> = {
      'LKE workbook': await workbookText(await download(`/admin/assessments/${assessment}/lke.xlsx`)),
      LHE: pdfText(await download(`/admin/assessments/${assessment}/lhe.pdf`)),
      'monitoring report (PDF)': pdfText(await download(`${roundPath}/report.pdf`)),
      'monitoring report (xlsx)': await workbookText(await download(`${roundPath}/report.xlsx`)),
      'dashboard workbook': await workbookText(await download(`/admin/dashboard/export.xlsx?year=${year}`)),
      'dashboard CSV': (await download(`/admin/dashboard/risks.csv?year=${year}`)).toString('utf8'),
    };
    const zip = await JSZip.loadAsync(await download(`/admin/assessments/${assessment}/proposal.zip`));
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.pdf'))) {
      documents[`package: ${name}`] = pdfText((await zip.file(name)?.async('nodebuffer')) ?? Buffer.alloc(0));
    }

    for (const [name, text] of Object.entries(documents)) {
      expect(text.length, name).toBeGreaterThan(200);
      expect(englishIn(text), name).toEqual([]);
    }
  });

  it('would be caught: the check finds an English word in an Indonesian sentence', () => {
    expect(OURS_IN_ENGLISH).toEqual(expect.arrayContaining(['Summary', 'Stages', 'answered', 'questions']));
    expect(englishIn('unit_kerja,answered,questions')).toHaveLength(2);
    expect(englishIn('Lembar Stages')).toHaveLength(1);
    expect(englishIn('LHE terbit. Status: draft')).toHaveLength(1);
    expect(englishIn('Tanggal Invalid Date')).toHaveLength(1);
    expect(englishIn('Penguatan Pengawasan; Pencanangan; dikembalikan; Terverifikasi')).toEqual([]);
  });
});
