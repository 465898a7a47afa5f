import {
  DirectoryUnitsDocument,
  type DirectoryUnitsQuery,
  type DirectoryUnitsQueryVariables,
  InstansiOptionsDocument,
  UnitPageDocument,
} from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../common/connection.js';
import { createTestApp, errorCodes, graphql, type TestApp } from '../../test/harness.js';

let app: TestApp;
let endpoint: string;

beforeAll(async () => {
  app = await createTestApp();
  endpoint = `${app.url}/graphql`;
});
afterAll(() => app.close());

// Inline: the whole connection, paging backward too (last, before, hasPreviousPage, startCursor), which the
// public site does not use but the public API offers every client; and bad input no client sends.
const UNITS = `query Units($first: Int, $after: String, $last: Int, $before: String, $filter: UnitFilter, $orderBy: UnitOrder) {
  units(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id name kind currentStage currentStageOn activePredicate } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type UnitsData = {
  units: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; name: string } }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

const units = (variables: Record<string, unknown>) =>
  graphql<UnitsData>(endpoint, UNITS, 'last' in variables ? variables : { first: 20, ...variables });
/** A page of the directory, as the public site asks for it. */
const directory = (variables: Partial<DirectoryUnitsQueryVariables>) =>
  graphql(endpoint, DirectoryUnitsDocument, { first: 20, ...variables });

describe('public units directory', () => {
  it('lists all 253 demo units, 25 of them building ZI', async () => {
    const all = await directory({});
    expect(all.data?.units.totalCount).toBe(253);
    const declared = await directory({
      first: 100,
      orderBy: { field: 'CURRENT_STAGE_ON', direction: 'DESC' },
    });
    expect(declared.data?.units.edges.filter(({ node }) => node.currentStage !== null)).toHaveLength(25);
  });

  it('pages forward with cursors until the last page, without gaps or repeats', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: DirectoryUnitsQuery['units'] | undefined = (await directory({ first: 100, after })).data
        ?.units;
      if (!page) throw new Error('no page');
      for (const edge of page.edges) seen.add(edge.node.id);
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen.size).toBe(253);
  });

  it('pages backward with last/before, meeting the forward order', async () => {
    const forward = (await units({ first: 100, filter: { kind: 'SCHOOL' } })).data?.units;
    expect(forward?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await units({ first: 100, after: forward?.pageInfo.endCursor, filter: { kind: 'SCHOOL' } });
    expect(next.data?.units.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const end = (await units({ last: 100, filter: { kind: 'SCHOOL' } })).data?.units;
    expect(end?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const earlier = (
      await units({ last: 100, before: end?.pageInfo.startCursor, filter: { kind: 'SCHOOL' } })
    ).data?.units;
    const names = [...(earlier?.edges ?? []), ...(end?.edges ?? [])].map((e) => e.node.name);
    expect(names).toHaveLength(172);
    expect(names.slice(0, 100)).toEqual(forward?.edges.map((e) => e.node.name));
    expect(earlier?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('orders by name both ways and by the latest stage', async () => {
    const ascending = (await directory({ first: 5 })).data?.units.edges.map((e) => e.node.name) ?? [];
    expect(ascending).toHaveLength(5);
    expect(ascending).toEqual([...ascending].sort());
    const descending = (await directory({ first: 5, orderBy: { field: 'NAME', direction: 'DESC' } })).data
      ?.units.edges;
    expect((descending?.[0]?.node.name ?? '') > (ascending[0] ?? '')).toBe(true);
    const recent = (await directory({ first: 25, orderBy: { field: 'CURRENT_STAGE_ON', direction: 'DESC' } }))
      .data?.units.edges;
    const dates = recent?.map((e) => e.node.currentStageOn ?? '') ?? [];
    expect(dates).toHaveLength(25);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages through a sorted, filtered list with the same cursor mechanism', async () => {
    const filter = { kind: 'SCHOOL' } as const;
    const orderBy = { field: 'NAME', direction: 'DESC' } as const;
    const first = (await directory({ first: 10, filter, orderBy })).data?.units;
    const second = (await directory({ first: 10, filter, orderBy, after: first?.pageInfo.endCursor })).data
      ?.units;
    const names = [...(first?.edges ?? []), ...(second?.edges ?? [])].map((e) => e.node.name);
    expect(names).toEqual([...names].sort().reverse());
    expect(new Set(names).size).toBe(20);
  });

  it('filters by stage, kind, predicate, year, search and instansi', async () => {
    const count = async (filter: DirectoryUnitsQueryVariables['filter']) =>
      (await directory({ filter })).data?.units.totalCount;
    expect(await count({ stage: 'WBBM' })).toBe(2);
    expect(await count({ stage: 'BUILDING' })).toBe(6);
    // The active predicate (decision 0035): the 2 WBBM units, upgraded from WBK, are not WBK units.
    expect(await count({ predicate: 'WBK' })).toBe(3);
    expect(await count({ predicate: 'WBBM' })).toBe(2);
    expect(await count({ stage: 'REVOKED' })).toBe(1);
    expect(await count({ kind: 'RSUD' })).toBe(5);
    expect(await count({ buildingZi: true })).toBe(25);
    expect(await count({ buildingZi: false })).toBe(228);
    expect(await count({ year: 2026 })).toBe(17);
    expect(await count({ search: 'samsat' })).toBe(8);
    expect(await count({ search: 'SAMSAAT' })).toBe(8);
    expect(await count({ search: 'laboratorium kesehtan' })).toBe(1);
    expect(await count({ search: 'smk  negeri 1' })).toBeGreaterThan(0);
    expect(await count({ search: '100%_' })).toBe(0);
    expect(await count({ kind: 'SCHOOL', stage: 'WBK' })).toBe(0);
    expect(await count({ regionCode: '99' })).toBe(253);
    expect(await count({ regionCode: '99.01' })).toBe(0);

    const instansi = await graphql(endpoint, InstansiOptionsDocument, {});
    const instansiId = instansi.data?.instansiList[0]?.id;
    expect(await count({ instansiId })).toBe(253);
  });

  it('returns an empty page, not an error, when nothing matches', async () => {
    const result = await directory({ filter: { search: 'tidak ada unit seperti ini' } });
    expect(result.data?.units).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});

describe('public units: bad input', () => {
  it.each([
    [{ first: 1000 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ last: 101 }, 'last'],
    [{ first: 5, last: 5 }, 'last'],
    [{ last: 5, after: 'x' }, 'after'],
    [{ after: 'not-a-cursor' }, 'after'],
    // Cursors in the right shape whose values the database cannot read: an id, a date.
    [{ after: encodeCursor('Dinas', 'nope') }, 'after'],
    [
      {
        after: encodeCursor('not a date', '00000000-0000-4000-8000-000000000000'),
        orderBy: { field: 'CURRENT_STAGE_ON', direction: 'DESC' },
      },
      'after',
    ],
    [{ filter: { instansiId: 'bm9wZQ' } }, 'filter.instansiId'],
    [{ filter: { search: 'x'.repeat(101) } }, 'filter.search'],
    [{ filter: { year: 1999 } }, 'filter.year'],
    [{ filter: { regionCode: 'Jakarta' } }, 'filter.regionCode'],
  ])('%j is BAD_USER_INPUT naming %s', async (variables, field) => {
    const result = await units(variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toContain(field);
  });

  it('rejects an unknown enum, in a variable or written in the query', async () => {
    const asVariable = await units({ filter: { stage: 'GOLD' } });
    expect(errorCodes(asVariable)).toEqual(['BAD_USER_INPUT']);
    // Inline: an enum value written into the query, which no client's document holds.
    const literal = await graphql(endpoint, '{ units(filter: { kind: CASTLE }) { totalCount } }');
    expect(errorCodes(literal)).toEqual(['BAD_USER_INPUT']);
    expect(literal.errors?.[0]?.message).toContain('CASTLE');
  });

  it('never answers bad input with a 500 or a stack trace', async () => {
    const result = await units({ first: 1000 });
    expect(result.status).toBeLessThan(500);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});

describe('unit and node lookups', () => {
  /** A unit's page on the public site. */
  const unitPage = (id: string) => graphql(endpoint, UnitPageDocument, { id });
  // Inline: the public site never asks for a node by its global ID; the public API offers it every client.
  const NODE = 'query($id: ID!) { node(id: $id) { __typename id ... on Unit { name } } }';

  it('finds a unit by its global id, through unit() and node()', async () => {
    const first = (await directory({ first: 1 })).data?.units.edges[0]?.node;
    if (!first) throw new Error('The directory is empty.');
    const byUnit = await unitPage(first.id);
    expect(byUnit.data?.unit).toMatchObject({ id: first.id, name: first.name });
    const byNode = await graphql(endpoint, NODE, { id: first.id });
    expect(byNode.data?.node).toEqual({ __typename: 'Unit', id: first.id, name: first.name });
  });

  it('resolves instansi and pacts as nodes too', async () => {
    const found = await directory({ first: 1, filter: { stage: 'WBBM' } });
    const unit = (await unitPage(found.data?.units.edges[0]?.node.id ?? '')).data?.unit;
    expect((await graphql(endpoint, NODE, { id: unit?.instansi.id })).data?.node.__typename).toBe('Instansi');
    expect((await graphql(endpoint, NODE, { id: unit?.pacts[0]?.id })).data?.node.__typename).toBe('Pact');
  });

  it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = Buffer.from('Unit:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect((await unitPage(unknown)).data?.unit).toBeNull();
    const malformed = await unitPage('12345');
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const wrongType = Buffer.from('Pact:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(errorCodes(await unitPage(wrongType))).toEqual(['BAD_USER_INPUT']);
  });
});
