import {
  ArchiveUnitDocument,
  CreateUnitDocument,
  RegistryUnitsDocument,
  RestoreUnitDocument,
  type UnitInput,
} from '@zi/schema/admin';
import { DirectoryUnitsDocument, StatisticsDocument } from '@zi/schema/public';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeaders } from '../../test/csrf.js';
import {
  createTestApp,
  errorCodes,
  graphql,
  type Portal,
  portal,
  signInEveryRole,
  type TestApp,
} from '../../test/harness.js';
import type { ImportReport } from './unit-import.service.js';

let app: TestApp;
let cookies: Record<string, string>;

let admin: Portal<string>;
/** The registry's units matching a search, as the administrator sees them. */
const registry = async (search: string | null, archived = false) =>
  (await admin(RegistryUnitsDocument, { first: 5, filter: search ? { search } : null, archived })).data
    ?.units;
const publicSearch = async (search: string) =>
  (await graphql(`${app.url}/graphql`, DirectoryUnitsDocument, { first: 5, filter: { search } })).data?.units
    .totalCount;
const publicTotal = async () =>
  (await graphql(`${app.url}/graphql`, StatisticsDocument, {})).data?.statistics.totalUnits ?? 0;
const unitCount = async () =>
  ((await app.dataSource.query('SELECT count(*)::int AS n FROM unit')) as { n: number }[])[0]?.n ?? 0;

async function importFile(body: string | Buffer, commit: boolean, who = 'admin') {
  const response = await fetch(`${app.url}/admin/units/import?commit=${commit}`, {
    method: 'POST',
    headers: { cookie: cookies[who] ?? '', 'content-type': 'application/octet-stream', ...csrfHeaders },
    body,
  });
  return { status: response.status, report: (await response.json()) as ImportReport };
}

const create = (input: UnitInput, who = 'admin') => admin(CreateUnitDocument, { input }, who);
const unitInput: UnitInput = {
  name: 'UPT Balai Uji Mutu Konstruksi',
  kind: 'OTHER',
  code: 'UPT-LABKES',
  regionCode: '99.01',
  servesPublic: true,
};

beforeAll(async () => {
  app = await createTestApp();
  cookies = await signInEveryRole(app);
  admin = portal(app, cookies, 'admin');
});
afterAll(() => app.close());

describe('registering units', () => {
  it('creates a unit, refusing duplicates and bad codes by field', async () => {
    expect(errorCodes(await create(unitInput, 'operator'))).toEqual(['FORBIDDEN']);
    const created = await create(unitInput);
    expect(created.data?.createUnit).toMatchObject({ code: 'UPT-LABKES', regionCode: '99.01' });
    const sameName = await create({ ...unitInput, code: 'OTHER' });
    expect(sameName.errors?.[0]?.extensions).toMatchObject({ field: 'name', reason: 'UNIT_NAME_TAKEN' });
    const sameCode = await create({ ...unitInput, name: 'Unit lain' });
    expect(sameCode.errors?.[0]?.extensions).toMatchObject({ field: 'code', reason: 'UNIT_CODE_TAKEN' });
    const badCode = await create({ ...unitInput, name: 'Unit ketiga', code: 'kode dengan spasi' });
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('archives a unit out of the lists, public and admin, and restores it; audited', async () => {
    const unitId = (await registry('Balai Uji Mutu'))?.edges[0]?.node.id ?? '';
    const archive = (reason: string) => admin(ArchiveUnitDocument, { input: { unitId, reason } });
    const noReason = await archive('');
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ field: 'reason' });
    const archived = await archive('Digabung ke RSUD.');
    expect(archived.data?.archiveUnit.archiveReason).toBe('Digabung ke RSUD.');
    expect((await registry('Balai Uji Mutu'))?.totalCount).toBe(0);
    expect((await registry('upt-labkes'))?.totalCount).toBe(0);
    expect(await publicSearch('Balai Uji Mutu')).toBe(0);
    const archiveList = (await registry(null, true))?.edges ?? [];
    expect(archiveList.map(({ node }) => node.name)).toEqual(['UPT Balai Uji Mutu Konstruksi']);
    const archivedCount = await publicTotal();
    await admin(RestoreUnitDocument, { id: unitId });
    expect((await registry('Balai Uji Mutu'))?.totalCount).toBe(1);
    expect(await publicTotal()).toBe(archivedCount + 1);
    const byCode = (await registry('upt-labkes'))?.edges ?? [];
    expect(byCode.map(({ node }) => node.code)).toEqual(['UPT-LABKES']);
    expect(await publicSearch('upt-labkes')).toBe(0);
    const [audited] = (await app.dataSource.query(
      `SELECT string_agg(action, ',' ORDER BY id) AS actions FROM audit_event WHERE entity = 'unit'`,
    )) as { actions: string }[];
    expect(audited?.actions).toBe('unit.create,unit.archive,unit.restore');
  });
});

describe('importing the unit list', () => {
  const HEADER = 'kode;nama;jenis;kode_wilayah;alamat;kepala;layanan_publik';

  const exported = async (format: 'csv' | 'xlsx') => {
    const response = await fetch(`${app.url}/admin/units/export.${format}`, {
      headers: { cookie: cookies.admin ?? '' },
    });
    return Buffer.from(await response.arrayBuffer());
  };

  it('imports its own export back, CSV and XLSX, as unchanged units matched by name', async () => {
    const before = await unitCount();
    const [active] = (await app.dataSource.query(
      'SELECT count(*)::int AS n FROM unit WHERE archived_at IS NULL AND code IS NULL',
    )) as { n: number }[];
    // The demo's units have no code, so their rows match by name; one unit registered above has one.
    expect(active?.n).toBeGreaterThan(250);
    for (const format of ['csv', 'xlsx'] as const) {
      const again = await importFile(await exported(format), true);
      expect(again.report.problems).toEqual([]);
      expect(again.report.summary).toEqual({
        rows: (active?.n ?? 0) + 1,
        create: 0,
        update: 0,
        unchanged: (active?.n ?? 0) + 1,
        invalid: 0,
      });
    }
    expect(await unitCount()).toBe(before);
  });

  it('creates a unit without a code from a row without one, and updates it by name later', async () => {
    const before = await unitCount();
    const file = (address: string) =>
      [HEADER, `;Puskesmas Tanpa Kode;puskesmas;99.05;${address};;ya`].join('\n');
    const created = await importFile(file('Jl. Lama 1'), true);
    expect(created.report.summary).toMatchObject({ create: 1, invalid: 0 });
    expect(created.report.rows).toEqual([
      { row: 2, code: '', name: 'Puskesmas Tanpa Kode', action: 'create' },
    ]);
    expect(await unitCount()).toBe(before + 1);
    const updated = await importFile(file('Jl. Baru 2'), true);
    expect(updated.report.summary).toMatchObject({ create: 0, update: 1 });
    const [unit] = (await app.dataSource.query(
      `SELECT code, address FROM unit WHERE name = 'Puskesmas Tanpa Kode'`,
    )) as { code: string | null; address: string }[];
    expect(unit).toEqual({ code: null, address: 'Jl. Baru 2' });
    expect(await unitCount()).toBe(before + 1);
  });

  it('keeps a unit’s code when a row without one names it, and refuses rows that clash', async () => {
    await app.dataSource.query(
      `UPDATE unit SET archived_at = now(), archive_reason = 'Digabung.' WHERE name = 'Puskesmas Tanpa Kode'`,
    );
    const coded = 'RSUD-NH;RSUD Nusa Harapan Berkode;rsud;99.06;;;ya';
    expect((await importFile([HEADER, coded].join('\n'), true)).report.summary).toMatchObject({ create: 1 });
    const withoutCode = await importFile(
      [HEADER, ';RSUD Nusa Harapan Berkode;rsud;99.06;;;ya'].join('\n'),
      false,
    );
    expect(withoutCode.report.rows).toEqual([
      { row: 2, code: 'RSUD-NH', name: 'RSUD Nusa Harapan Berkode', action: 'unchanged' },
    ]);
    const clashing = await importFile(
      [
        HEADER,
        'RSUD-NH;RSUD Nusa Harapan Baru;rsud;99.06;;;ya',
        ';RSUD Nusa Harapan Berkode;rsud;99.06;;;ya',
        ';Kecamatan Kembar;kecamatan;;;;tidak',
        ';Kecamatan Kembar;kecamatan;;;;tidak',
        ';Puskesmas Tanpa Kode;puskesmas;99.05;;;ya',
      ].join('\n'),
      true,
    );
    expect(clashing.status).toBe(422);
    expect(clashing.report.problems.map(({ row, column, reason }) => `${row}:${column}:${reason}`)).toEqual([
      '3:nama:DUPLICATE_IN_FILE',
      '5:nama:DUPLICATE_IN_FILE',
      '6:nama:UNIT_ARCHIVED',
    ]);
  });

  it('refuses a name that finds several units, and never updates an archived unit by a coded row', async () => {
    await app.dataSource.query(
      `INSERT INTO unit (instansi_id, name, kind) SELECT instansi_id, n, 'other'
       FROM unit, unnest(ARRAY['Balai Kembar Huruf', 'BALAI KEMBAR HURUF']) AS n
       WHERE name = 'RSUD Nusa Harapan Berkode'`,
    );
    const refused = await importFile(
      [
        HEADER,
        ';balai kembar huruf;lainnya;;;;tidak',
        'PKM-TK;Puskesmas Tanpa Kode;puskesmas;99.05;;;ya',
      ].join('\n'),
      false,
    );
    expect(refused.report.problems.map(({ row, column, reason }) => `${row}:${column}:${reason}`)).toEqual([
      '2:nama:UNIT_NAME_AMBIGUOUS',
      '3:nama:UNIT_ARCHIVED',
    ]);
    // The exact name still finds its one unit.
    const exact = await importFile([HEADER, ';Balai Kembar Huruf;lainnya;;;;tidak'].join('\n'), false);
    expect(exact.report.summary).toMatchObject({ invalid: 0, create: 0 });
  });

  it('previews every problem by row and column and saves nothing, even when asked to commit', async () => {
    const before = await unitCount();
    const file = [
      HEADER,
      'SMA-1;SMA Negeri 1 Contoh;sekolah;99.02;Jl. Merdeka 1;Drs. Contoh;ya',
      'PKM-1;Puskesmas Contoh;klinik;99.02;;;ya',
      ';Tanpa Kode;dinas;;;;tidak',
      'SMA-1;SMA Negeri 2 Contoh;sekolah;9;;;mungkin',
    ].join('\n');
    const preview = await importFile(file, false);
    expect(preview.status).toBe(200);
    expect(preview.report.problems.map(({ row, column, reason }) => `${row}:${column}:${reason}`)).toEqual([
      '3:jenis:INVALID_KIND',
      '5:kode_wilayah:INVALID_REGION',
      '5:layanan_publik:INVALID_YES_NO',
    ]);
    expect(preview.report.summary).toMatchObject({ create: 2, invalid: 2, rows: 4 });
    const commit = await importFile(file, true);
    expect(commit.status).toBe(422);
    expect(commit.report.committed).toBe(false);
    expect(await unitCount()).toBe(before);
  });

  it('creates new units, links an existing one by name, and updates by code on re-import', async () => {
    const existing = (await registry(null))?.edges[0]?.node.name;
    const file = [
      HEADER,
      `"RS-01";"RSUD Contoh; Kelas B";rsud;99.03;"Jl. ""Sehat"" 5";dr. A;ya`,
      `"DIN-99";"${existing}";dinas;;;;tidak`,
      'KEC-01,Kecamatan salah format,kecamatan,,,,tidak'.replaceAll(',', ';'),
    ].join('\r\n');
    const before = await unitCount();
    const first = await importFile(file, true);
    expect(first.report.problems).toEqual([]);
    expect(first.report.summary).toMatchObject({ create: 2, update: 1 });
    expect(first.report.committed).toBe(true);
    expect(await unitCount()).toBe(before + 2);
    const again = await importFile(file, false);
    expect(again.report.summary).toMatchObject({ create: 0, update: 0, unchanged: 3 });
    const renamed = await importFile(file.replace('Kecamatan salah format', 'Kecamatan Contoh'), true);
    expect(renamed.report.summary).toMatchObject({ create: 0, update: 1, unchanged: 2 });
    expect(await unitCount()).toBe(before + 2);
    const rsud = await registry('RSUD Contoh');
    expect(rsud?.edges[0]?.node).toMatchObject({
      name: 'RSUD Contoh; Kelas B',
      address: 'Jl. "Sehat" 5',
      code: 'RS-01',
    });
  });

  it('reads XLSX too, and exports the same format back', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Unit');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow(['SLB-01', 'SLB Negeri Contoh', 'sekolah', '99.04', '', '', 'ya']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await importFile(file, true);
    expect(imported.report.summary).toMatchObject({ create: 1, invalid: 0 });
    const exportedCsv = await fetch(`${app.url}/admin/units/export.csv`, {
      headers: { cookie: cookies.admin ?? '' },
    });
    const bytes = Buffer.from(await exportedCsv.arrayBuffer());
    // The byte order mark makes Excel read the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('kode,nama,jenis,kode_wilayah,alamat,kepala,layanan_publik,singkatan');
    expect(csv).toContain('SLB-01,SLB Negeri Contoh,sekolah,99.04,,,ya');
    const xlsx = await fetch(`${app.url}/admin/units/export.xlsx`, {
      headers: { cookie: cookies.admin ?? '' },
    });
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(await xlsx.arrayBuffer());
    expect(exported.worksheets[0]?.rowCount).toBeGreaterThan(250);
  });

  it('is for the Inspektorat only, and refuses unreadable files', async () => {
    expect((await importFile('x', false, 'evaluator')).status).toBe(403);
    const unreadable = await importFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), false);
    expect(unreadable.status).toBe(400);
    const noHeader = await importFile('a,b\n1,2', false);
    expect(noHeader.report.problems[0]).toMatchObject({
      row: 1,
      column: null,
      reason: 'IMPORT_COLUMNS_MISSING',
    });
    const [audited] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'units.import'`,
    )) as { n: number }[];
    expect(audited?.n).toBe(8);
  });
});
