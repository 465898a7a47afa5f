import { isDeepStrictEqual } from 'node:util';
import { requireFramework } from '@zi/lke';
import { AssessmentLayerDocument } from '@zi/schema/admin';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeaders } from '../../test/csrf.js';
import { createTestApp, graphql, signInEach, type TestApp } from '../../test/harness.js';
import { lkeWorkbook } from '../../test/lke-workbook.js';
import { pdfText } from '../../test/pdf-text.js';
import { answerLabel } from './lke-workbook.export.js';
import { LKE_TEMPLATE, lkeTemplateFile } from './lke-workbook.layout.js';

let app: TestApp;
let cookies: Record<string, string>;

/** A layer's answers (the unit's by default), as the worksheet reads them. */
async function answersOf(id: string, layer: 'UNIT' | 'TPI' = 'UNIT') {
  const result = await graphql(
    `${app.url}/admin/graphql`,
    AssessmentLayerDocument,
    { id, layer },
    cookies.admin,
  );
  return result.data?.assessment?.layer.answers ?? [];
}

async function assessmentWithStatus(status: string): Promise<string> {
  const [row] = (await app.dataSource.query(
    'SELECT id FROM assessment WHERE status = $1 ORDER BY year DESC LIMIT 1',
    [status],
  )) as { id: string }[];
  return Buffer.from(`Assessment:${row?.id}`).toString('base64url');
}

const exportOf = (id: string, cookie = cookies.admin) =>
  fetch(`${app.url}/admin/assessments/${id}/lke.xlsx`, { headers: { cookie: cookie ?? '' } });
const importTo = (id: string, file: Buffer, cookie = cookies.admin, layer?: string) =>
  fetch(`${app.url}/admin/assessments/${id}/lke.xlsx${layer ? `?layer=${layer}` : ''}`, {
    method: 'PUT',
    body: file,
    headers: { cookie: cookie ?? '', ...csrfHeaders },
  });

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEach(app, ['admin', 'evaluator']);
});
afterAll(() => app.close());

const TEMPLATE = lkeTemplateFile('permenpanrb-90-2021') ?? '';
const { layers } = LKE_TEMPLATE;

async function workbookOf(file: Buffer | ArrayBuffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof file === 'string') await workbook.xlsx.readFile(file);
  else await workbook.xlsx.load(file as ArrayBuffer);
  return workbook;
}

/** Every non-empty cell of a sheet: its value (a formula as its text) by address. */
function cellsOf(sheet: ExcelJS.Worksheet | undefined): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  sheet?.eachRow((row) =>
    row.eachCell((cell) => {
      // A merged range's other cells show its first cell's value.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells.set(cell.address, cell.formula ? `=${cell.formula}` : cell.value);
    }),
  );
  return cells;
}

/** A sheet's drop-downs and number rules by cell (exceljs reads them, its types do not say so). */
const validationsOf = (sheet: ExcelJS.Worksheet | undefined) =>
  (sheet as unknown as { dataValidations: { model: Record<string, unknown> } } | undefined)?.dataValidations
    .model;

/** Where an exported sheet may differ from the template, and how. */
function expectedChange(sheet: string, address: string, template: unknown, exported: unknown): boolean {
  const column = address.replace(/\d+$/, '');
  if (sheet === LKE_TEMPLATE.answerSheet) {
    // Answers, notes, evidence, values: the layers' columns, and the unit's added two.
    return column >= 'K' && column.length === 1 && column <= 'X';
  }
  if (address === LKE_TEMPLATE.unitNameCell || address === LKE_TEMPLATE.targetCell) return true;
  const layer = Object.values(layers).find((candidate) => candidate.summary === sheet);
  const repointed = String(template).replaceAll('Jawaban!P', `Jawaban!${layer?.value}`);
  const corrected = repointed.replace(/,"Lulus"\)\)$/, ',"Tidak Lulus"))');
  return exported === corrected;
}

describe('the LKE workbook in the official template', () => {
  it('is the template cell by cell: sheets, merges, drop-downs and formulas, changed only where it is filled or corrected', async () => {
    const response = await exportOf(await assessmentWithStatus('evaluated'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="?lke-.*-\d{4}\.xlsx/);
    const [template, exported] = await Promise.all([
      workbookOf(TEMPLATE),
      workbookOf(await response.arrayBuffer()),
    ]);
    expect(exported.worksheets.map((sheet) => sheet.name)).toEqual(
      template.worksheets.map((sheet) => sheet.name),
    );
    for (const sheet of template.worksheets) {
      const copy = exported.getWorksheet(sheet.name);
      expect(copy?.model.merges.sort(), sheet.name).toEqual(sheet.model.merges.sort());
      expect(validationsOf(copy), sheet.name).toEqual(validationsOf(sheet));
      const before = cellsOf(sheet);
      const after = cellsOf(copy);
      for (const [address, value] of before) {
        const now = after.get(address);
        if (isDeepStrictEqual(now, value)) continue;
        expect(
          expectedChange(sheet.name, address, value, now),
          `${sheet.name}!${address}: ${String(now)}`,
        ).toBe(true);
      }
      for (const address of after.keys()) {
        if (!before.has(address))
          expect(expectedChange(sheet.name, address, undefined, after.get(address))).toBe(true);
      }
      for (let column = 1; column <= 22; column += 1) {
        expect(copy?.getColumn(column).width, `${sheet.name} column ${column}`).toBe(
          sheet.getColumn(column).width,
        );
      }
    }
    // Nothing cached from the template (its results are of an empty sheet): the reader's spreadsheet calculates.
    for (const sheet of exported.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) expect(cell.result, `${sheet.name}!${cell.address}`).toBeUndefined();
        }),
      );
    }
    expect(exported.getWorksheet('Unit')?.getCell('M17').formula).toContain('"Tidak Lulus"');
    expect(exported.getWorksheet('Unit')?.getCell('M17').note).toBeTruthy();
  });

  it("holds every layer's answers and notes, the unit's evidence with links, and the unit and its target", async () => {
    const id = await assessmentWithStatus('evaluated');
    const [unit] = (await app.dataSource.query(
      `SELECT u.name FROM assessment a JOIN unit u ON u.id = a.unit_id WHERE a.id = $1`,
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    )) as { name: string }[];
    const workbook = await workbookOf(await (await exportOf(id)).arrayBuffer());
    const sheet = workbook.getWorksheet(LKE_TEMPLATE.answerSheet);
    for (const summary of ['Unit', 'TPI Unit', 'TPI Itjen']) {
      expect(workbook.getWorksheet(summary)?.getCell('B1').value).toBe(unit?.name);
      expect(['WBK', 'WBBM']).toContain(workbook.getWorksheet(summary)?.getCell('B2').value);
    }
    const framework = requireFramework('permenpanrb-90-2021');
    for (const [layer, columns] of [
      ['UNIT', layers.unit],
      ['TPI', layers.tpi],
    ] as const) {
      const answers = await answersOf(id, layer);
      expect(answers.length).toBeGreaterThan(100);
      for (const answer of answers) {
        const entry = framework.questions.get(answer.code);
        const row =
          entry?.node.sourceRow ??
          framework.counts.get(answer.code)?.node.counts?.find((count) => count.code === answer.code)
            ?.sourceRow;
        const cell = sheet?.getCell(`${columns.answer}${row}`);
        const shown = answer.option ? answerLabel(entry, answer.option) : answer.number;
        expect(cell?.value, `${layer} ${answer.code}`).toBe(shown);
        if (answer.note) expect(sheet?.getCell(`${columns.note}${row}`).value).toBe(answer.note);
      }
    }
    const [evidence] = (await app.dataSource.query(
      `SELECT code, name FROM evidence WHERE assessment_id = $1 AND layer = 'unit' AND replaced_by IS NULL AND removed_at IS NULL LIMIT 1`,
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    )) as { code: string; name: string }[];
    if (evidence) {
      const row = framework.questions.get(evidence.code)?.node.sourceRow;
      expect(String(sheet?.getCell(`M${row}`).value)).toContain(evidence.name);
      expect(JSON.stringify(sheet?.getCell(`N${row}`).value)).toMatch(/https?:\/\//);
    }
  });

  it("imports the same file back to identical answers (round trip), the TPI's column for the TPI layer", async () => {
    const source = await assessmentWithStatus('evaluated');
    const exported = Buffer.from(await (await exportOf(source)).arrayBuffer());
    const target = await assessmentWithStatus('draft');
    const imported = await importTo(target, exported);
    expect(imported.status).toBe(200);
    const strip = (answers: Awaited<ReturnType<typeof answersOf>>) =>
      answers
        .map(({ code, option, number, note }) => ({ code, option, number, note }))
        .sort((a, b) => a.code.localeCompare(b.code));
    const exportedAnswers = strip(await answersOf(source));
    expect(exportedAnswers.length).toBeGreaterThan(100);
    expect(strip(await answersOf(target))).toEqual(exportedAnswers);
    const wrongLayer = await importTo(target, exported, cookies.admin, 'sideways');
    expect(wrongLayer.status).toBe(400);
  });

  it('reports every bad cell by row and column, and saves nothing', async () => {
    const target = await assessmentWithStatus('draft');
    const before = await answersOf(target);
    expect(before).not.toEqual([]);
    const file = await lkeWorkbook({ K6: 'Ya', K7: 'D', K199: 7, A24: 'x' });
    const response = await importTo(target, file);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { problems: string[] } }> };
    expect(body.errors[0]?.extensions.problems).toEqual([
      'row 7, column K (Jawaban Unit): A.I.1.i.b: must be one of a, b, c (got "D")',
      'row 24, column A (ID): 24 expected, found x: rows were added, removed or moved',
      'row 199, column K (Jawaban Unit): B.I.a.1: must be a number from 0 to 4 (got 7)',
    ]);
    expect(await answersOf(target)).toEqual(before);
    const foreign = await importTo(target, await lkeWorkbook({ K1: 'Kode' }));
    expect(foreign.status).toBe(400);
    expect(await answersOf(target)).toEqual(before);
  });

  it('answers 404 to a viewer outside the scope, and refuses what is not a workbook', async () => {
    expect((await exportOf(await assessmentWithStatus('draft'), cookies.evaluator)).status).toBe(404);
    expect((await exportOf('not-an-id')).status).toBe(404);
    const garbage = await importTo(await assessmentWithStatus('draft'), Buffer.from('not a workbook'));
    expect(garbage.status).toBe(400);
  });
});

describe('the evaluation report (LHE) as PDF', () => {
  it('reads as a report an Inspektorat signs: letterhead, basis, team, period, scores, rules in words, findings, fixes, signatures', async () => {
    const id = await assessmentWithStatus('evaluated');
    const assessmentId = Buffer.from(id, 'base64url').toString().split(':')[1];
    const [row] = (await app.dataSource.query(
      `UPDATE answer SET note = 'Dokumen SK belum ditandatangani kepala unit.' WHERE layer = 'tpi' AND code = 'A.I.1.i.a'
       AND assessment_id = $1 RETURNING code`,
      [assessmentId],
    )) as { code: string }[][];
    expect(row).toBeDefined();
    await app.dataSource.query(
      `INSERT INTO assessment_transition (assessment_id, action, from_status, to_status, occurred_at)
       VALUES ($1, 'submit', 'draft', 'submitted', '2026-08-03T09:00:00+07'),
              ($1, 'evaluate', 'in_review', 'evaluated', '2026-09-14T23:30:00+07')`,
      [assessmentId],
    );
    // Apart from the report's own code: questions whose stored unit and TPI ratios differ.
    const [{ differing }] = (await app.dataSource.query(
      `SELECT count(*)::int AS differing FROM assessment_score u JOIN assessment_score t USING (assessment_id),
              jsonb_each(u.question_scores) q(code, score)
       WHERE u.assessment_id = $1 AND u.layer = 'unit' AND t.layer = 'tpi'
         AND jsonb_typeof(q.score->'ratio') = 'number' AND jsonb_typeof(t.question_scores->q.code->'ratio') = 'number'
         AND (q.score->>'ratio')::numeric <> (t.question_scores->q.code->>'ratio')::numeric`,
      [assessmentId],
    )) as [{ differing: number }];
    const [lead] = (await app.dataSource.query(
      `SELECT u.name FROM evaluator_assignment ea JOIN app_user u ON u.id = ea.user_id
       JOIN assessment a ON a.unit_id = ea.unit_id WHERE a.id = $1 ORDER BY ea.lead DESC, u.name LIMIT 1`,
      [assessmentId],
    )) as { name: string }[];
    const response = await fetch(`${app.url}/admin/assessments/${id}/lhe.pdf`, {
      headers: { cookie: cookies.admin ?? '' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const text = pdfText(pdf);
    for (const expected of [
      'INSPEKTORAT',
      'LAPORAN HASIL EVALUASI',
      'Dasar: Peraturan Menteri PANRB Nomor 90 Tahun 2021',
      'Periode evaluasi:',
      'Tim Penilai Internal:',
      'MANAJEMEN PERUBAHAN',
      'Menuju WBK:',
      'Sudah berpredikat Menuju WBK:',
      'IV. Temuan dan rekomendasi per area perubahan',
      'Temuan:',
      'Rekomendasi:',
      'Dokumen SK belum ditandatangani',
      'V. Prioritas perbaikan',
      'poin',
      'Ketua Tim Penilai Internal,',
      'Inspektur,',
    ]) {
      expect(text).toContain(expected);
    }
    if (lead) expect(text).toContain(`(${lead.name})`);
    if (differing > 0)
      expect(text).toContain(`Jawaban unit dan hasil TPI berbeda pada ${differing} pertanyaan`);
    expect(text).toMatch(
      /(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/,
    );
    // A failing rule says by how much in words; a yes/no rule is not shown as a number.
    expect(text).toMatch(/belum memenuhi: kurang \d+,\d{2}|memenuhi/);
    expect(text).not.toMatch(/Sudah berpredikat Menuju WBK: nilai/);
    for (const english of ['Status', 'evaluated', 'Tidak ada catatan', 'draft'])
      expect(text).not.toContain(english);
    expect(
      (
        await fetch(`${app.url}/admin/assessments/${await assessmentWithStatus('draft')}/lhe.pdf`, {
          headers: { cookie: cookies.evaluator ?? '' },
        })
      ).status,
    ).toBe(404);
  });
});
