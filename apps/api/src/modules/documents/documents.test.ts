import { AssessmentLayerDocument } from '@zi/schema/admin';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeaders } from '../../test/csrf.js';
import { createTestApp, graphql, signInEach, type TestApp } from '../../test/harness.js';
import { lkeWorkbook } from '../../test/lke-workbook.js';

let app: TestApp;
let cookies: Record<string, string>;

/** The unit layer's answers, as the worksheet reads them. */
async function answersOf(id: string) {
  const result = await graphql(
    `${app.url}/admin/graphql`,
    AssessmentLayerDocument,
    { id, layer: 'UNIT' },
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
const importTo = (id: string, file: Buffer, cookie = cookies.admin) =>
  fetch(`${app.url}/admin/assessments/${id}/lke.xlsx`, {
    method: 'PUT',
    body: file,
    headers: { cookie: cookie ?? '', ...csrfHeaders },
  });

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEach(app, ['admin', 'evaluator']);
});
afterAll(() => app.close());

describe('the worksheet as .xlsx in the official layout', () => {
  it('exports every node with both layers, scores and the header the import reads', async () => {
    const response = await exportOf(await assessmentWithStatus('evaluated'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="?lke-.*-\d{4}\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('LKE');
    const codes: string[] = [];
    sheet?.eachRow((row) => codes.push(String(row.getCell(1).value ?? '')));
    const header = codes.indexOf('Kode');
    expect(header).toBeGreaterThan(0);
    // total, 2 components, 4 halves, 12 areas, the sub-areas and indicators, 113 questions, 24 counts
    expect(codes.slice(header + 1)).toContain('A.II.5.iii.b.1.n5');
    expect(codes.slice(header + 1).filter((code) => /\.\d+$|\.[a-e]$/.test(code)).length).toBeGreaterThan(
      100,
    );
    const total = sheet?.getRow(header + 2);
    expect(total?.getCell(1).value).toBe('ZI');
    expect(Number(total?.getCell(10).value)).toBeGreaterThan(0);
  });

  it('imports the same file back to identical answers (round trip)', async () => {
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
  });

  it('reports every bad row by row and column, and saves nothing', async () => {
    const target = await assessmentWithStatus('draft');
    const before = await answersOf(target);
    expect(before).not.toEqual([]);
    const file = await lkeWorkbook([
      ['A.I.1.i.a', '', '', '', '', 'Ya'],
      ['A.I.1.i.b', '', '', '', '', 'D'],
      ['B.I.a.1', '', '', '', '', 7],
      ['X.1', '', '', '', '', 'A'],
    ]);
    const response = await importTo(target, file);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { problems: string[] } }> };
    expect(body.errors[0]?.extensions.problems).toEqual([
      'row 3, column F (Jawaban unit): A.I.1.i.b: must be one of a, b, c (got "D")',
      'row 4, column F (Jawaban unit): B.I.a.1: must be a number from 0 to 4 (got 7)',
      'row 5, column A (Kode): unknown code "X.1"',
    ]);
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
  it('prints scores per area, eligibility with gaps, and TPI notes', async () => {
    const id = await assessmentWithStatus('evaluated');
    const [row] = (await app.dataSource.query(
      `UPDATE answer SET note = 'Dokumen SK belum ditandatangani kepala unit.' WHERE layer = 'tpi' AND code = 'A.I.1.i.a'
       AND assessment_id = $1 RETURNING code`,
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    )) as { code: string }[][];
    expect(row).toBeDefined();
    const response = await fetch(`${app.url}/admin/assessments/${id}/lhe.pdf`, {
      headers: { cookie: cookies.admin ?? '' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // pdfkit writes text as hex strings in TJ arrays; kerning numbers sit between the pieces.
    const text = [...pdf.matchAll(/\[([^\]]*)\] TJ/g)]
      .map((line) =>
        [...(line[1] ?? '').matchAll(/<([0-9a-f]+)>/g)]
          .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
          .join(''),
      )
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const expected of [
      'Laporan Hasil Evaluasi',
      'MANAJEMEN PERUBAHAN',
      'Menuju WBK',
      'Dokumen SK belum ditandatangani',
    ]) {
      expect(text).toContain(expected);
    }
    expect(
      (
        await fetch(`${app.url}/admin/assessments/${await assessmentWithStatus('draft')}/lhe.pdf`, {
          headers: { cookie: cookies.evaluator ?? '' },
        })
      ).status,
    ).toBe(404);
  });
});
