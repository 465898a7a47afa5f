import { ArchiveUnitDocument, RegistryUnitsDocument, UpdateUnitDocument } from '@zi/schema/admin';
import {
  DirectoryUnitsDocument,
  type DirectoryUnitsQueryVariables,
  UnitPageDocument,
} from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../common/dates.js';
import { csrfHeaders } from '../../test/csrf.js';
import { createTestApp, graphql, type Portal, portal, signInAs, type TestApp } from '../../test/harness.js';
import type { ImportReport } from './unit-import.service.js';

let app: TestApp;
let adminCookie = '';
let admin: Portal<'admin'>;

const publicApi = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(`${app.url}/graphql`, query, variables);
/** A page of the public directory. */
const directory = (variables: Partial<DirectoryUnitsQueryVariables>) =>
  graphql(`${app.url}/graphql`, DirectoryUnitsDocument, { first: 20, ...variables });
const nodesOf = async (variables: Partial<DirectoryUnitsQueryVariables>) =>
  ((await directory(variables)).data?.units.edges ?? []).map(({ node }) => node);
const names = async (search: string, extra: Partial<DirectoryUnitsQueryVariables> = {}) =>
  (await nodesOf({ filter: { search }, ...extra })).map((unit) => unit.name);

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
  admin = portal(app, { admin: adminCookie }, 'admin');
});
afterAll(() => app.close());

describe('finding units by their acronyms', () => {
  it('finds the demo units by the acronyms they go by, any case, in the directory and the portal', async () => {
    expect(await names('DPMPTSP')).toEqual(['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu']);
    expect(await names('bappeda')).toEqual(['Badan Perencanaan Pembangunan Daerah']);
    expect(await names('satpol pp')).toEqual(['Satuan Polisi Pamong Praja']);
    const registry = await admin(RegistryUnitsDocument, {
      first: 5,
      filter: { search: 'Dpmptsp' },
      archived: false,
    });
    expect(
      registry.data?.units.edges.map(({ node }) => ({ name: node.name, aliases: node.aliases })),
    ).toEqual([
      { name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', aliases: ['DPMPTSP', 'DPM-PTSP'] },
    ]);
  });

  it('ranks a unit whose acronym is exactly the search first, across pages and in either direction', async () => {
    // A unit sorting before "Dinas Kesehatan" whose alias merely contains "dinkes".
    await app.dataSource.query(
      `UPDATE unit SET aliases = '{"Gudang Farmasi Dinkes"}' WHERE name = 'Balai Benih Ikan'`,
    );
    expect(await names('dinkes')).toEqual(['Dinas Kesehatan', 'Balai Benih Ikan']);
    const first = (await directory({ first: 1, filter: { search: 'DINKES' } })).data?.units;
    expect(first?.edges.map(({ node }) => node.name)).toEqual(['Dinas Kesehatan']);
    const next = await directory({
      first: 1,
      after: first?.pageInfo.endCursor,
      filter: { search: 'DINKES' },
    });
    expect(next.data?.units.edges.map(({ node }) => node.name)).toEqual(['Balai Benih Ikan']);
    expect(await names('dinkes', { orderBy: { field: 'NAME', direction: 'DESC' } })).toEqual([
      'Dinas Kesehatan',
      'Balai Benih Ikan',
    ]);
  });

  it('lets the Inspektorat edit a unit’s acronyms in the unit form, refusing a comma or a bar', async () => {
    const [dlh] = await nodesOf({ first: 1, filter: { search: 'DLH' } });
    const id = dlh?.id ?? '';
    const input = { name: 'Dinas Lingkungan Hidup', kind: 'DINAS' as const, servesPublic: false };
    const saved = await admin(UpdateUnitDocument, {
      id,
      input: { ...input, aliases: [' DLH ', 'Dinas LH', 'dlh', ''] },
    });
    expect(saved.data?.updateUnit.aliases).toEqual(['DLH', 'Dinas LH']);
    expect(await names('dinas lh')).toEqual(['Dinas Lingkungan Hidup']);
    const comma = await admin(UpdateUnitDocument, { id, input: { ...input, aliases: ['DLH, LH'] } });
    expect(comma.errors?.[0]?.extensions).toMatchObject({ field: 'aliases', reason: 'INVALID_ALIASES' });
    // A bar would let "DLH" rank as the exact alias of "DLH|LH" in SQL but not in the cursor's twin.
    const bar = await admin(UpdateUnitDocument, { id, input: { ...input, aliases: ['DLH|LH'] } });
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
    const id = (await nodesOf({ first: 1, filter: { search: 'Biro Hukum' } }))[0]?.id ?? '';
    const archived = await admin(ArchiveUnitDocument, {
      input: { unitId: id, reason: 'Digabung ke Biro Umum' },
    });
    expect(archived.errors).toBeUndefined();

    const page = await graphql(`${app.url}/graphql`, UnitPageDocument, { id });
    expect(page.data?.unit).toMatchObject({ name: 'Biro Hukum', archivedOn: todayInIndonesia() });
    // Inline: the public site asks for no node, nor a list's archivedOn; the API offers both to every client.
    const NODE = 'query($id: ID!) { node(id: $id) { ... on Unit { archivedOn } } }';
    expect((await publicApi(NODE, { id })).data?.node).toEqual({ archivedOn: todayInIndonesia() });
    const COUNT =
      'query($filter: UnitFilter) { units(first: 5, filter: $filter) { totalCount nodes { name archivedOn } } }';

    expect((await directory({ filter: { search: 'Biro Hukum' } })).data?.units.totalCount).toBe(0);
    const included = await publicApi(COUNT, { filter: { search: 'Biro Hukum', includeArchived: true } });
    expect(included.data?.units.nodes).toEqual([{ name: 'Biro Hukum', archivedOn: todayInIndonesia() }]);
    const active = await publicApi(COUNT, { filter: { search: 'Biro Umum' } });
    expect(active.data?.units.nodes).toEqual([{ name: 'Biro Umum', archivedOn: null }]);
  });

  it('leave the pacts list with their pacts, unless includeArchived asks', async () => {
    const [unit] = (await app.dataSource.query(
      `SELECT u.id, u.name FROM unit u WHERE EXISTS (SELECT 1 FROM pact p WHERE p.unit_id = u.id) ORDER BY u.name LIMIT 1`,
    )) as { id: string; name: string }[];
    // Inline: the public site lists no pacts; the public API's list is for other clients.
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
