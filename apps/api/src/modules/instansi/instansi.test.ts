import { LoginDocument, MatchingUnitCountDocument, SetPasswordDocument } from '@zi/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCodes, graphql, portal, signInAs, type TestApp } from '../../test/harness.js';
import { InstansiKind } from './instansi.entity.js';
import { registerInstansi } from './instansi-setup.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await app.dataSource.query(`
    INSERT INTO instansi (name, kind, region_code) VALUES
      ('Pemerintah Kota Harapan', 'city', '99.71'),
      ('Pemerintah Kabupaten Sungai Jernih', 'regency', '99.02'),
      ('Pemerintah Provinsi Lain', 'province', '98'),
      ('Kementerian Contoh', 'ministry', NULL)`);
});
afterAll(() => app.close());

// Inline: the public site lists instansi without paging (instansiList); this connection is the public API's,
// for other clients.
const INSTANSI = `query($first: Int, $after: String, $filter: InstansiFilter, $orderBy: InstansiOrder) {
  instansi(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount nodes { name kind regionCode } pageInfo { hasNextPage endCursor } } }`;

type Data = {
  instansi: {
    totalCount: number;
    nodes: Array<{ name: string; regionCode: string | null }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

const query = (variables: Record<string, unknown>) =>
  graphql<Data>(`${app.url}/graphql`, INSTANSI, variables);

describe('the instansi connection', () => {
  it('pages through every body by name', async () => {
    const first = (await query({ first: 3 })).data?.instansi;
    expect(first?.totalCount).toBe(5);
    const rest = (await query({ first: 3, after: first?.pageInfo.endCursor })).data?.instansi;
    const names = [...(first?.nodes ?? []), ...(rest?.nodes ?? [])].map((node) => node.name);
    expect(names).toHaveLength(5);
    expect(names).toEqual([...names].sort());
    expect(rest?.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by kind, region (a province includes its cities) and name, and orders by region code', async () => {
    expect((await query({ filter: { kind: 'MINISTRY' } })).data?.instansi.totalCount).toBe(1);
    expect((await query({ filter: { regionCode: '99' } })).data?.instansi.totalCount).toBe(3);
    expect((await query({ filter: { search: 'kota harapan' } })).data?.instansi.nodes).toEqual([
      { name: 'Pemerintah Kota Harapan', kind: 'CITY', regionCode: '99.71' },
    ]);
    const byRegion = (await query({ orderBy: { field: 'REGION_CODE', direction: 'DESC' } })).data?.instansi
      .nodes;
    expect(byRegion?.map((node) => node.regionCode)).toEqual(['99.71', '99.02', '99', '98', null]);
    const bad = await query({ filter: { regionCode: 'x' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCode' });
  });
});

describe('registering a new instansi from the command line', () => {
  it('creates the body and its administrator, who sets a password through the link and manages units', async () => {
    const link = await registerInstansi(
      app.dataSource,
      {
        name: 'Pemerintah Kota Contoh',
        kind: InstansiKind.CITY,
        region: '99.71',
        adminName: 'Inspektur Kota Contoh',
        adminEmail: 'inspektur@kota-contoh.go.id',
      },
      'http://portal.test',
    );
    const token = new URL(link).searchParams.get('token') ?? '';
    const set = await graphql(`${app.url}/admin/graphql`, SetPasswordDocument, {
      input: { token, password: 'kata-sandi-kota-2026' },
    });
    expect(set.data?.setPassword).toBe(true);
    const login = await graphql(`${app.url}/admin/graphql`, LoginDocument, {
      input: { email: 'inspektur@kota-contoh.go.id', password: 'kata-sandi-kota-2026' },
    });
    expect(login.data?.login).toMatchObject({ name: 'Inspektur Kota Contoh', role: 'ADMIN' });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const units = await graphql(
      `${app.url}/admin/graphql`,
      MatchingUnitCountDocument,
      { filter: {} },
      cookie,
    );
    expect(units.data?.units.totalCount).toBe(0);
  });
});

describe('the Inspektorat’s own instansi', () => {
  it('can be renamed by its admin, audited; a taken name or a missing region is refused by field', async () => {
    const admin = portal(
      app,
      { admin: await signInAs(app, 'admin'), operator: await signInAs(app, 'operator') },
      'admin',
    );
    // Inline: the portal has no form for the instansi's own profile; the mutation is the API's alone so far.
    const UPDATE =
      'mutation($input: InstansiProfileInput!) { updateInstansiProfile(input: $input) { name regionCode } }';
    const send = (input: object, who: 'admin' | 'operator' = 'admin') => admin(UPDATE, { input }, who);
    expect(errorCodes(await send({ name: 'X', regionCode: '99' }, 'operator'))).toEqual(['FORBIDDEN']);
    const taken = await send({ name: 'Pemerintah Kota Harapan', regionCode: '99' });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ field: 'name', reason: 'INSTANSI_NAME_TAKEN' });
    const noRegion = await send({ name: 'Pemerintah Provinsi Nusa Harapan' });
    expect(noRegion.errors?.[0]?.extensions).toMatchObject({ field: 'regionCode' });
    const renamed = await send({ name: 'Pemerintah Provinsi Nusa Harapan', regionCode: '99' });
    expect(renamed.data?.updateInstansiProfile).toEqual({
      name: 'Pemerintah Provinsi Nusa Harapan',
      regionCode: '99',
    });
    const [audited] = (await app.dataSource.query(
      `SELECT before, after FROM audit_event WHERE action = 'instansi.profile'`,
    )) as Array<{ before: { name: string }; after: { name: string } }>;
    expect(audited?.before.name).toBe('Pemerintah Provinsi Nusa Harapan (data demo)');
  });
});
