import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import { csrfHeaders } from '../../test/csrf.js';
import { createTestApp, graphql, signInAs, type TestApp } from '../../test/harness.js';
import type { ImportReport } from './unit-import.service.js';

let app: TestApp;
let adminCookie = '';

const publicApi = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(`${app.url}/graphql`, query, variables);
const adminApi = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(`${app.url}/admin/graphql`, query, variables, adminCookie);

const SEARCH = `query($filter: UnitFilter, $orderBy: UnitOrder, $first: Int, $after: String) {
  units(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount nodes { id name aliases } pageInfo { endCursor }
  }
}`;
const names = async (search: string, extra: Record<string, unknown> = {}) =>
  ((await publicApi(SEARCH, { first: 20, filter: { search }, ...extra })).data?.units.nodes ?? []).map(
    (unit: { name: string }) => unit.name,
  );

async function importCsv(body: string) {
  const response = await fetch(`${app.url}/admin/units/import?commit=true`, {
    method: 'POST',
    headers: { cookie: adminCookie, 'content-type': 'application/octet-stream', ...csrfHeaders },
    body,
  });
  return (await response.json()) as ImportReport;
}
const aliasesOf = async (name: string) =>
  (
    (await app.dataSource.query('SELECT aliases FROM unit WHERE name = $1', [name])) as {
      aliases: string[];
    }[]
  )[0]?.aliases;

beforeAll(async () => {
  app = await createTestApp();
  adminCookie = await signInAs(app, 'admin');
});
afterAll(() => app.close());

describe('finding units by their acronyms', () => {
  it('finds the demo units by the acronyms they go by, any case, in the directory and the portal', async () => {
    expect(await names('DPMPTSP')).toEqual(['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu']);
    expect(await names('bappeda')).toEqual(['Badan Perencanaan Pembangunan Daerah']);
    expect(await names('satpol pp')).toEqual(['Satuan Polisi Pamong Praja']);
    const portal = await adminApi(
      '{ units(first: 5, filter: { search: "Dpmptsp" }) { nodes { name aliases } } }',
    );
    expect(portal.data?.units.nodes).toEqual([
      { name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', aliases: ['DPMPTSP', 'DPM-PTSP'] },
    ]);
  });

  it('ranks a unit whose acronym is exactly the search first, across pages and in either direction', async () => {
    // A unit sorting before "Dinas Kesehatan" whose alias merely contains "dinkes".
    await app.dataSource.query(
      `UPDATE unit SET aliases = '{"Gudang Farmasi Dinkes"}' WHERE name = 'Balai Benih Ikan'`,
    );
    expect(await names('dinkes')).toEqual(['Dinas Kesehatan', 'Balai Benih Ikan']);
    const first = (await publicApi(SEARCH, { first: 1, filter: { search: 'DINKES' } })).data?.units;
    expect(first?.nodes.map((unit: { name: string }) => unit.name)).toEqual(['Dinas Kesehatan']);
    const next = await publicApi(SEARCH, {
      first: 1,
      after: first?.pageInfo.endCursor,
      filter: { search: 'DINKES' },
    });
    expect(next.data?.units.nodes.map((unit: { name: string }) => unit.name)).toEqual(['Balai Benih Ikan']);
    expect(await names('dinkes', { orderBy: { field: 'NAME', direction: 'DESC' } })).toEqual([
      'Dinas Kesehatan',
      'Balai Benih Ikan',
    ]);
  });

  it('lets the Inspektorat edit a unit’s acronyms in the unit form, refusing a comma or a bar', async () => {
    const UPDATE =
      'mutation($id: ID!, $input: UnitInput!) { updateUnit(id: $id, input: $input) { aliases } }';
    const globalId = (await publicApi(SEARCH, { first: 1, filter: { search: 'DLH' } })).data?.units.nodes[0]
      .id;
    const input = { name: 'Dinas Lingkungan Hidup', kind: 'DINAS', servesPublic: false };
    const saved = await adminApi(UPDATE, {
      id: globalId,
      input: { ...input, aliases: [' DLH ', 'Dinas LH', 'dlh', ''] },
    });
    expect(saved.data?.updateUnit.aliases).toEqual(['DLH', 'Dinas LH']);
    expect(await names('dinas lh')).toEqual(['Dinas Lingkungan Hidup']);
    const comma = await adminApi(UPDATE, { id: globalId, input: { ...input, aliases: ['DLH, LH'] } });
    expect(comma.errors?.[0]?.extensions).toMatchObject({ field: 'aliases', reason: 'INVALID_ALIASES' });
    // A bar would let "DLH" rank as the exact alias of "DLH|LH" in SQL but not in the cursor's twin.
    const bar = await adminApi(UPDATE, { id: globalId, input: { ...input, aliases: ['DLH|LH'] } });
    expect(bar.errors?.[0]?.extensions).toMatchObject({ field: 'aliases', reason: 'INVALID_ALIASES' });
    expect(await aliasesOf('Dinas Lingkungan Hidup')).toEqual(['DLH', 'Dinas LH']);
  });

  it('exports the acronyms in the singkatan column, imports them back, and keeps them when a file has no such column', async () => {
    const csv = await (
      await fetch(`${app.url}/admin/units/export.csv`, { headers: { cookie: adminCookie } })
    ).text();
    expect(csv).toContain('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu,dinas,,');
    expect(csv).toContain('"DPMPTSP, DPM-PTSP"');
    const withAliases = await importCsv(
      [
        'kode;nama;jenis;kode_wilayah;alamat;kepala;layanan_publik;singkatan',
        ';Dinas Pariwisata;dinas;;;;tidak;Dispar, Disparbud',
      ].join('\n'),
    );
    expect(withAliases.summary).toMatchObject({ update: 1, invalid: 0 });
    expect(await aliasesOf('Dinas Pariwisata')).toEqual(['Dispar', 'Disparbud']);
    const without = await importCsv(
      [
        'kode;nama;jenis;kode_wilayah;alamat;kepala;layanan_publik',
        ';Dinas Pariwisata;dinas;;Jl. Baru 1;;tidak',
      ].join('\n'),
    );
    expect(without.summary).toMatchObject({ update: 1, invalid: 0 });
    expect(await aliasesOf('Dinas Pariwisata')).toEqual(['Dispar', 'Disparbud']);
    const tooLong = await importCsv(
      [
        'nama;jenis;kode_wilayah;alamat;kepala;layanan_publik;kode;singkatan',
        `Dinas Pariwisata;dinas;;;;tidak;;${'X'.repeat(41)}`,
      ].join('\n'),
    );
    expect(tooLong.problems).toMatchObject([{ row: 2, column: 'singkatan', reason: 'INVALID_ALIASES' }]);
  });
});

describe('archived units on the public API', () => {
  it('say so in unit() and node(), and leave lists unless includeArchived asks', async () => {
    const id = (await publicApi(SEARCH, { first: 1, filter: { search: 'Biro Hukum' } })).data?.units.nodes[0]
      .id;
    const ARCHIVE = 'mutation($input: ArchiveUnitInput!) { archiveUnit(input: $input) { id } }';
    expect(
      (await adminApi(ARCHIVE, { input: { unitId: id, reason: 'Digabung ke Biro Umum' } })).errors,
    ).toBeUndefined();

    const LOOKUP =
      'query($id: ID!) { unit(id: $id) { name archivedOn } node(id: $id) { ... on Unit { archivedOn } } }';
    const looked = await publicApi(LOOKUP, { id });
    expect(looked.data).toEqual({
      unit: { name: 'Biro Hukum', archivedOn: todayInIndonesia() },
      node: { archivedOn: todayInIndonesia() },
    });

    const COUNT =
      'query($filter: UnitFilter) { units(first: 5, filter: $filter) { totalCount nodes { name archivedOn } } }';
    expect((await publicApi(COUNT, { filter: { search: 'Biro Hukum' } })).data?.units.totalCount).toBe(0);
    const included = await publicApi(COUNT, { filter: { search: 'Biro Hukum', includeArchived: true } });
    expect(included.data?.units.nodes).toEqual([{ name: 'Biro Hukum', archivedOn: todayInIndonesia() }]);
    const active = await publicApi(COUNT, { filter: { search: 'Biro Umum' } });
    expect(active.data?.units.nodes).toEqual([{ name: 'Biro Umum', archivedOn: null }]);
  });

  it('leave the pacts list with their pacts, unless includeArchived asks', async () => {
    const [unit] = (await app.dataSource.query(
      `SELECT u.id, u.name FROM unit u WHERE EXISTS (SELECT 1 FROM pact p WHERE p.unit_id = u.id) ORDER BY u.name LIMIT 1`,
    )) as { id: string; name: string }[];
    const PACTS = 'query($filter: PactFilter) { pacts(first: 50, filter: $filter) { totalCount } }';
    const pactsOf = async (filter: Record<string, unknown>) =>
      (await publicApi(PACTS, { filter: { search: unit?.name, ...filter } })).data?.pacts.totalCount;
    const before = await pactsOf({});
    expect(before).toBeGreaterThan(0);
    await app.dataSource.query('UPDATE unit SET archived_at = now(), archive_reason = $2 WHERE id = $1', [
      unit?.id,
      'Digabung',
    ]);
    expect(await pactsOf({})).toBe(0);
    expect(await pactsOf({ includeArchived: true })).toBe(before);
  });
});
