import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeaders } from '../../test/csrf.js';
import { createTestApp, signInAs, type TestApp } from '../../test/harness.js';
import { MAX_REPORTED_PROBLEMS } from './unit-import.js';
import { type ImportReport, ROWS_SHOWN_PER_ACTION } from './unit-import.service.js';

let app: TestApp;
let cookie = '';

beforeAll(async () => {
  app = await createTestApp();
  cookie = await signInAs(app, 'admin');
});
afterAll(() => app.close());

/** A 100,000-row commit takes 6 to 11 s here; a slow CI machine gets room. */
const LARGE_FILE_MS = 90_000;
const HEADER = ['kode', 'nama', 'jenis', 'kode_wilayah', 'alamat', 'kepala', 'layanan_publik'];
const KINDS = ['dinas', 'badan', 'rsud', 'puskesmas', 'sekolah', 'kecamatan', 'lainnya'];

/** `count` rows of new units whose codes and names start with `prefix`; `change` may rewrite a row. */
function unitRows(prefix: string, count: number, change?: (row: string[], index: number) => string[]) {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(6, '0');
    const row = [
      `${prefix}-${n}`,
      `Unit ${prefix} ${n}`,
      KINDS[index % KINDS.length] as string,
      '64.71.01',
      `Jl. Jenderal Sudirman No. ${index + 1}, Kelurahan Contoh`,
      `Kepala ${prefix} ${n}`,
      index % 2 === 0 ? 'ya' : 'tidak',
    ];
    return change ? change(row, index) : row;
  });
}

const csvOf = (rows: string[][]) => [HEADER, ...rows].map((row) => row.join(';')).join('\r\n');

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Unit kerja');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importFile(body: string | Buffer, commit: boolean, session = cookie) {
  const response = await fetch(`${app.url}/admin/units/import?commit=${commit}`, {
    method: 'POST',
    headers: { cookie: session, 'content-type': 'application/octet-stream', ...csrfHeaders },
    body,
  });
  const text = await response.text();
  return { status: response.status, bytes: text.length, report: JSON.parse(text) as ImportReport };
}

const count = async (sql: string, params: unknown[] = []) =>
  ((await app.dataSource.query(sql, params)) as { n: number }[])[0]?.n ?? 0;
const unitsLike = (prefix: string) =>
  count('SELECT count(*)::int AS n FROM unit WHERE code LIKE $1', [`${prefix}-%`]);
const importEvents = () => count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'units.import'`);

describe('importing a large unit list', () => {
  it('commits 9,000 new units from a CSV in one transaction, audited as one event', async () => {
    const file = csvOf(unitRows('SEMBILAN', 9_000));
    const imported = await importFile(file, true);
    expect(imported.status).toBe(200);
    expect(imported.report).toMatchObject({
      committed: true,
      summary: { rows: 9_000, create: 9_000, update: 0, unchanged: 0, invalid: 0 },
      problemCount: 0,
    });
    expect(await unitsLike('SEMBILAN')).toBe(9_000);
    const [stored] = (await app.dataSource.query(
      `SELECT name, kind, region_code, address, head_name, serves_public FROM unit WHERE code = 'SEMBILAN-009000'`,
    )) as Record<string, unknown>[];
    expect(stored).toEqual({
      name: 'Unit SEMBILAN 009000',
      kind: 'school',
      region_code: '64.71.01',
      address: 'Jl. Jenderal Sudirman No. 9000, Kelurahan Contoh',
      head_name: 'Kepala SEMBILAN 009000',
      serves_public: false,
    });
    const [event] = (await app.dataSource.query(
      `SELECT after->'file'->>'sha256' AS sha256, jsonb_array_length(after->'created') AS created,
              (SELECT count(*)::int FROM unit u WHERE u.id::text IN
                 (SELECT c->>'id' FROM jsonb_array_elements(after->'created') AS c)) AS stored
         FROM audit_event WHERE action = 'units.import' ORDER BY id DESC LIMIT 1`,
    )) as { sha256: string; created: number; stored: number }[];
    expect(event).toEqual({
      sha256: createHash('sha256').update(file).digest('hex'),
      created: 9_000,
      stored: 9_000,
    });
  });

  it('commits 9,000 new units from an XLSX read as a stream, then updates them all by code', async () => {
    const created = await importFile(await xlsxOf(unitRows('XLSX', 9_000)), true);
    expect(created.status).toBe(200);
    expect(created.report.summary).toMatchObject({ create: 9_000, invalid: 0 });
    expect(await unitsLike('XLSX')).toBe(9_000);
    const moved = unitRows('XLSX', 9_000, (row) => row.with(4, `${row[4]} (pindah)`));
    const updated = await importFile(csvOf(moved), true);
    expect(updated.status).toBe(200);
    expect(updated.report.summary).toMatchObject({ create: 0, update: 9_000, invalid: 0 });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM unit WHERE code LIKE 'XLSX-%' AND address LIKE '%(pindah)'`,
      ),
    ).toBe(9_000);
    const [event] = (await app.dataSource.query(
      `SELECT before->'updated'->0 AS before, after->'updated'->0 AS after
         FROM audit_event WHERE action = 'units.import' ORDER BY id DESC LIMIT 1`,
    )) as { before: Record<string, unknown>; after: Record<string, unknown> }[];
    // Only the changed field of each updated unit, before and after.
    expect(Object.keys(event?.after ?? {}).sort()).toEqual(['address', 'id', 'row']);
    expect(event?.before.address).toBe('Jl. Jenderal Sudirman No. 1, Kelurahan Contoh');
    expect(event?.after.address).toBe('Jl. Jenderal Sudirman No. 1, Kelurahan Contoh (pindah)');
  });

  it('previews a file of many bad rows with the first problems by row and the count of all', async () => {
    const rows = unitRows('BURUK', 5_000, (row, index) => (index % 2 === 0 ? row.with(2, 'kantor') : row));
    const preview = await importFile(csvOf(rows), false);
    expect(preview.status).toBe(200);
    expect(preview.report.problemCount).toBe(2_500);
    expect(preview.report.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(preview.report.problems[0]).toMatchObject({ row: 2, column: 'jenis', reason: 'INVALID_KIND' });
    expect(preview.report.problems.at(-1)).toMatchObject({ row: 2 * MAX_REPORTED_PROBLEMS });
    expect(preview.report.summary).toEqual({
      rows: 5_000,
      create: 2_500,
      update: 0,
      unchanged: 0,
      invalid: 2_500,
    });
    // A sample of the rows that can be saved, not all of them.
    expect(preview.report.rows).toHaveLength(ROWS_SHOWN_PER_ACTION);
    expect(preview.bytes).toBeLessThan(400_000);
  });

  it('saves nothing of a 100,000-row file whose row 95,000 is wrong', {
    timeout: LARGE_FILE_MS,
  }, async () => {
    const events = await importEvents();
    const rows = unitRows('SERATUS', 100_000, (row, index) => (index === 94_998 ? row.with(3, '6') : row));
    const refused = await importFile(csvOf(rows), true);
    expect(refused.status).toBe(422);
    expect(refused.report.committed).toBe(false);
    expect(refused.report.problemCount).toBe(1);
    expect(refused.report.problems).toEqual([
      expect.objectContaining({ row: 95_000, column: 'kode_wilayah', reason: 'INVALID_REGION' }),
    ]);
    expect(refused.report.summary).toMatchObject({ rows: 100_000, create: 99_999, invalid: 1 });
    expect(await unitsLike('SERATUS')).toBe(0);
    expect(await importEvents()).toBe(events);
  });

  it('commits two overlapping files sent at once, each unit once', async () => {
    const rows = unitRows('BERSAMA', 13_500);
    const otherSession = await signInAs(app, 'admin');
    const [first, second] = await Promise.all([
      importFile(csvOf(rows.slice(0, 9_000)), true),
      importFile(csvOf(rows.slice(4_500)), true, otherSession),
    ]);
    expect([first?.status, second?.status]).toEqual([200, 200]);
    // Whichever came second found the 4,500 shared rows saved already.
    const created = [first, second].map((result) => result?.report.summary.create).sort();
    expect(created).toEqual([4_500, 9_000]);
    expect(await unitsLike('BERSAMA')).toBe(13_500);
  });

  it('rolls back every batch when the database refuses the last one', async () => {
    // A unit registered by hand during the import takes the code of its last row: the database
    // refuses that row after five batches were written, and the import answers as a form would.
    await app.dataSource.query(`
      CREATE FUNCTION refuse_last_import_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.code = 'TABRAK-025000' THEN
          RAISE EXCEPTION 'duplicate key' USING ERRCODE = 'unique_violation', CONSTRAINT = 'unit_instansi_code_key';
        END IF;
        RETURN NEW;
      END $$`);
    await app.dataSource.query(
      'CREATE TRIGGER refuse_last_import_row BEFORE INSERT ON unit FOR EACH ROW EXECUTE FUNCTION refuse_last_import_row()',
    );
    try {
      const events = await importEvents();
      const response = await fetch(`${app.url}/admin/units/import?commit=true`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'text/csv', ...csrfHeaders },
        body: csvOf(unitRows('TABRAK', 25_000)),
      });
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions,
      ).toMatchObject({ field: 'code', reason: 'UNIT_CODE_TAKEN' });
      expect(await unitsLike('TABRAK')).toBe(0);
      expect(await importEvents()).toBe(events);
    } finally {
      await app.dataSource.query('DROP TRIGGER refuse_last_import_row ON unit');
    }
  });

  it('commits 100,000 new units from a CSV', { timeout: LARGE_FILE_MS }, async () => {
    const imported = await importFile(csvOf(unitRows('SERATUS', 100_000)), true);
    expect(imported.status).toBe(200);
    expect(imported.report.summary).toMatchObject({ create: 100_000, invalid: 0 });
    expect(await unitsLike('SERATUS')).toBe(100_000);
  });
});
