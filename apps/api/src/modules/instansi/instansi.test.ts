import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphql, type TestApp } from '../../test/harness.js';

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
