import { setTimeout as sleep } from 'node:timers/promises';
import { HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../common/connection.js';
import { toGlobalId } from '../../common/global-id.js';
import type { Feature } from '../../modules/feature.js';
import * as modules from '../../modules/index.js';
import { buildPublicSchema } from '../../schema/build.js';
import { dataText, untilCompiled } from '../../test/compiled-plans.js';
import { createTestApp, graphql, type TestApp } from '../../test/harness.js';
import type { CostExtension } from '../byte-cache.js';
import { MemoryLeakyBucket } from '../leaky-bucket.js';
import { CompiledAnswers, PLAN_HEADER } from './compiled-answers.js';
import { type ProjectionRegistry, projectionRegistry } from './registry.js';

let app: TestApp;
let endpoint: string;
let cases = 0;

beforeAll(async () => {
  // No byte cache: every request reaches the plan or Apollo, never a stored answer.
  app = await createTestApp({
    publicApi: { budget: 10_000_000, refillPerSecond: 10_000_000, cacheMaxBytes: 0 },
  });
  endpoint = `${app.url}/graphql`;
});
afterAll(() => app.close());

/** Every field of a unit the public schema has, with every relation and the relations' own. */
const UNIT_FIELDS = `id name kind aliases address headName servesPublic currentStage currentStageOn archivedOn
  activePredicate instansi { id name kind regionCode __typename }
  timeline { stage occurredOn year note sourceUrl }
  predicates { kind year decreeNumber decreeDate revokedOn revocationReason }
  pacts { id signedOn occasion leaderName signatoryCount documentRef verificationCode unit { id name instansi { name } } }`;

const UNITS = `($first: Int, $after: String, $last: Int, $before: String, $filter: UnitFilter, $orderBy: UnitOrder) {
  units(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    __typename totalCount
    edges { cursor node { ${UNIT_FIELDS} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/**
 * Apollo's answer and the compiled plan's, for the same document and variables: each case is a
 * document of its own (its operation name), so that Apollo answers it first.
 */
async function bothAnswers(body: string, variables: Record<string, unknown> = {}) {
  cases += 1;
  const query = `query Case${cases}${body}`;
  const answers = await untilCompiled(endpoint, query, variables);
  expect(answers.executed.errors).toBeUndefined();
  return answers;
}

async function expectSameBytes(body: string, variables: Record<string, unknown> = {}) {
  const { executedText, compiledText } = await bothAnswers(body, variables);
  expect(dataText(compiledText)).toBe(dataText(executedText));
  // biome-ignore lint/suspicious/noExplicitAny: each case reads its own selection.
  return JSON.parse(executedText) as { data: Record<string, any> };
}

describe('compiled public answers: the same bytes as the resolvers', () => {
  it('for every unit, archived ones included, with every field and relation', async () => {
    let after: string | null = null;
    let seen = 0;
    do {
      const answer = await expectSameBytes(UNITS, { first: 100, after, filter: { includeArchived: true } });
      seen += answer.data.units.edges.length;
      after = answer.data.units.pageInfo.hasNextPage ? answer.data.units.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toBeGreaterThanOrEqual(253);
  });

  it('for each order and direction, paging forward and backward', async () => {
    const last = await expectSameBytes(UNITS, {
      last: 20,
      orderBy: { field: 'CURRENT_STAGE_ON', direction: 'DESC' },
    });
    expect(last.data.units.edges).toHaveLength(20);
    await expectSameBytes(UNITS, {
      last: 7,
      before: last.data.units.pageInfo.startCursor,
      orderBy: { field: 'CURRENT_STAGE_ON', direction: 'DESC' },
    });
    await expectSameBytes(UNITS, { first: 30, orderBy: { field: 'NAME', direction: 'DESC' } });
    await expectSameBytes(UNITS, {
      first: 5,
      after: encodeCursor('M', '00000000-0000-4000-8000-000000000000'),
    });
  });

  it.each([
    { search: 'dinas' },
    { search: 'DPMPTSP' },
    { stage: 'WBK' },
    { kind: 'PUSKESMAS' },
    { predicate: 'WBBM' },
    { year: 2024 },
    { regionCode: '64' },
    { buildingZi: false },
    { search: 'tidak ada yang cocok' },
  ])('filtered by %j', async (filter) => {
    await expectSameBytes(UNITS, { first: 50, filter });
  });

  it('for a unit by id, an unknown id, fragments, aliases, directives and both edges and nodes', async () => {
    const [unit] = (await app.dataSource.query(
      `SELECT u.id FROM unit u JOIN pact p ON p.unit_id = u.id JOIN predicate d ON d.unit_id = u.id LIMIT 1`,
    )) as { id: string }[];
    const page = `($id: ID!, $withPacts: Boolean!, $noTimeline: Boolean!) {
      unit(id: $id) { ...Head timeline @skip(if: $noTimeline) { stage } pacts @include(if: $withPacts) { id } }
      other: unit(id: $id) { label: name ... on Unit { kind instansi { ... on Instansi { id } } } }
      units(first: 3) { nodes { name } edges { node { id } } total: totalCount }
      __typename
    }
    fragment Head on Unit { __typename id name activePredicate }`;
    const id = toGlobalId('Unit', unit?.id ?? '');
    const answer = await expectSameBytes(page, { id, withPacts: true, noTimeline: true });
    expect(answer.data.unit.pacts.length).toBeGreaterThan(0);
    expect(answer.data.unit.timeline).toBeUndefined();
    const unknown = toGlobalId('Unit', '00000000-0000-4000-8000-000000000000');
    const none = await expectSameBytes(`($id: ID!) { unit(id: $id) { ${UNIT_FIELDS} } }`, { id: unknown });
    expect(none.data.unit).toBeNull();
  });
});

const PACT_FIELDS = `id signedOn occasion leaderName signatoryCount documentRef verificationCode
  unit { id name activePredicate instansi { id name } }`;
const PACTS = `($first: Int, $after: String, $last: Int, $before: String, $filter: PactFilter, $orderBy: PactOrder) {
  pacts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount edges { cursor node { ${PACT_FIELDS} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const INSTANSI = `($first: Int, $after: String, $filter: InstansiFilter, $orderBy: InstansiOrder) {
  instansi(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount nodes { id name kind regionCode __typename } pageInfo { hasNextPage endCursor }
  }
}`;

describe('compiled public answers: pacts, instansi and nodes', () => {
  it('for every pact, in both orders and directions, paging on', async () => {
    let after: string | null = null;
    let seen = 0;
    do {
      const answer = await expectSameBytes(PACTS, { first: 100, after, filter: { includeArchived: true } });
      seen += answer.data.pacts.edges.length;
      after = answer.data.pacts.pageInfo.hasNextPage ? answer.data.pacts.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toBeGreaterThan(0);
    await expectSameBytes(PACTS, { first: 10, orderBy: { field: 'SIGNATORY_COUNT', direction: 'ASC' } });
    const last = await expectSameBytes(PACTS, { last: 5, orderBy: { field: 'SIGNED_ON', direction: 'ASC' } });
    await expectSameBytes(PACTS, { last: 3, before: last.data.pacts.pageInfo.startCursor });
  });

  it('for pacts filtered by unit, instansi, year and search', async () => {
    const [pact] = (await app.dataSource.query(
      `SELECT p.unit_id, u.instansi_id, extract(year FROM p.signed_on)::int AS year, p.leader_name
       FROM pact p JOIN unit u ON u.id = p.unit_id LIMIT 1`,
    )) as { unit_id: string; instansi_id: string; year: number; leader_name: string }[];
    if (!pact) throw new Error('the demo has no pact');
    for (const filter of [
      { unitId: toGlobalId('Unit', pact.unit_id) },
      { instansiId: toGlobalId('Instansi', pact.instansi_id), year: pact.year },
      { search: pact.leader_name.split(' ')[0] },
      { search: 'dinas kesehatan' },
    ]) {
      const answer = await expectSameBytes(PACTS, { first: 20, filter });
      expect(answer.data.pacts.totalCount, JSON.stringify(filter)).toBeGreaterThan(0);
    }
  });

  it('for a pact verified by its code, typed loosely, and for codes of no pact', async () => {
    const [pact] = (await app.dataSource.query('SELECT verification_code FROM pact LIMIT 1')) as {
      verification_code: string;
    }[];
    const verify = `($code: String!) { verifyPact(code: $code) { ${PACT_FIELDS} } }`;
    const loose = (pact?.verification_code ?? '').toLowerCase().replaceAll('-', ' ');
    const found = await expectSameBytes(verify, { code: loose });
    expect(found.data.verifyPact.verificationCode).toBe(pact?.verification_code);
    expect((await expectSameBytes(verify, { code: 'PI-0000-0000' })).data.verifyPact).toBeNull();
    expect((await expectSameBytes(verify, { code: 'bukan kode' })).data.verifyPact).toBeNull();
  });

  it.each([
    {},
    { filter: { kind: 'REGENCY' } },
    { filter: { regionCode: '64' } },
    { filter: { search: 'kota' } },
    { orderBy: { field: 'REGION_CODE', direction: 'DESC' } },
  ])('for instansi %j, and the whole list', async (variables) => {
    await expectSameBytes(INSTANSI, { first: 50, ...variables });
    await expectSameBytes('{ instansiList { id name kind regionCode } }');
  });

  it('for a node of each type, on the interface and in fragments, and an ID of no node', async () => {
    const [row] = (await app.dataSource.query(
      'SELECT p.id AS pact, p.unit_id AS unit, u.instansi_id AS instansi FROM pact p JOIN unit u ON u.id = p.unit_id LIMIT 1',
    )) as { pact: string; unit: string; instansi: string }[];
    const node = `($id: ID!) { node(id: $id) { __typename id
      ... on Unit { name pacts { verificationCode } } ... on Instansi { name kind } ... on Pact { leaderName unit { name } } } }`;
    for (const [type, id] of [
      ['Unit', row?.unit],
      ['Instansi', row?.instansi],
      ['Pact', row?.pact],
    ] as const) {
      const answer = await expectSameBytes(node, { id: toGlobalId(type, id ?? '') });
      expect(answer.data.node.__typename).toBe(type);
    }
    const none = await expectSameBytes(node, {
      id: toGlobalId('Unit', '00000000-0000-4000-8000-000000000000'),
    });
    expect(none.data.node).toBeNull();
    const otherType = await expectSameBytes(node, { id: toGlobalId('StageEvent', row?.unit ?? '') });
    expect(otherType.data.node).toBeNull();
  });
});

describe('compiled public answers over GET', () => {
  it('answers a GET as Apollo did, once proven on it', async () => {
    const query = 'query ByGet($first: Int) { units(first: $first) { totalCount nodes { id name } } }';
    const url = `${endpoint}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{"first":3}')}`;
    const get = async () => {
      const response = await fetch(url, { headers: { 'content-type': 'application/json' } });
      return { plan: response.headers.get('x-graphql-plan'), text: await response.text() };
    };
    const first = await get();
    expect(first.plan).toBe('executed');
    let next = await get();
    for (let attempt = 0; attempt < 50 && next.plan !== 'compiled'; attempt += 1) next = await get();
    expect(next.plan).toBe('compiled');
    expect(dataText(next.text)).toBe(dataText(first.text));
  });
});

describe('compiled public answers: the HTTP answer', () => {
  it('has the headers Apollo’s answer had through Express, though Express never sees the request (decision 0058)', async () => {
    const { executed, compiled } = await untilCompiled(endpoint, `query Headers${UNITS}`, { first: 5 });
    const unlike = new Set(['date', 'content-length', PLAN_HEADER, 'x-ratelimit-remaining']);
    const headersOf = (answer: typeof executed) =>
      [...answer.headers].filter(([name]) => !unlike.has(name)).sort(([a], [b]) => a.localeCompare(b));
    expect(headersOf(compiled)).toEqual(headersOf(executed));
    expect(headersOf(compiled).map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'access-control-allow-origin',
        'cache-control',
        'content-type',
        'x-query-cost',
      ]),
    );
    // The same data, the same ETag: it leaves out the budget left.
    expect(compiled.headers.get('etag')).toMatch(/^W\/"/);
    expect(compiled.headers.get('etag')).toBe(executed.headers.get('etag'));
    expect(compiled.headers.get('x-cache')).toBe('BYPASS');
  });

  it('gives an answer no one may keep the ETag Express’s `send` gives it', async () => {
    const noStore = await createTestApp({ publicApi: { cacheSeconds: 0, cacheMaxBytes: 0 } });
    try {
      const query = 'query NoStore { units(first: 2) { nodes { name } } }';
      const { executed, compiled } = await untilCompiled(`${noStore.url}/graphql`, query);
      for (const answer of [executed, compiled]) {
        expect(answer.headers.get('cache-control')).toBe('no-store');
        // Express's weak ETag: the body's length in hex, then its SHA-1 in base64.
        expect(answer.headers.get('etag')).toMatch(/^W\/"[0-9a-f]+-[\w+/]{27}"$/);
      }
    } finally {
      await noStore.close();
    }
  });
});

describe('compiled public answers: cost', () => {
  it('a connection costs two SQL statements (its page and its count), the active directory (its count kept by triggers), a unit or a whole list one, whatever the page size', async () => {
    const statementsOf = async (query: string, variables: Record<string, unknown>) => {
      app.queries.count = 0;
      const answer = await graphql(endpoint, query, variables);
      expect(answer.headers.get('x-graphql-plan')).toBe('compiled');
      return app.queries.count;
    };
    const { compiled } = await bothAnswers(UNITS, { first: 5 });
    expect(compiled.errors).toBeUndefined();
    const units = `query Case${cases}${UNITS}`;
    expect(await statementsOf(units, { first: 5 })).toBe(1);
    expect(await statementsOf(units, { first: 100 })).toBe(1);
    expect(await statementsOf(units, { first: 100, filter: { includeArchived: true } })).toBe(2);
    const [unit] = (await app.dataSource.query('SELECT id FROM unit LIMIT 1')) as { id: string }[];
    const byId = `($id: ID!) { unit(id: $id) { ${UNIT_FIELDS} } }`;
    await bothAnswers(byId, { id: toGlobalId('Unit', unit?.id ?? '') });
    expect(await statementsOf(`query Case${cases}${byId}`, { id: toGlobalId('Unit', unit?.id ?? '') })).toBe(
      1,
    );
    await bothAnswers(PACTS, { first: 5 });
    const pacts = `query Case${cases}${PACTS}`;
    expect(await statementsOf(pacts, { first: 5 })).toBe(2);
    expect(await statementsOf(pacts, { first: 100, filter: { includeArchived: true } })).toBe(2);
    await bothAnswers(INSTANSI, { first: 5 });
    expect(await statementsOf(`query Case${cases}${INSTANSI}`, { first: 100 })).toBe(2);
    await bothAnswers('{ instansiList { name } }');
    expect(await statementsOf(`query Case${cases}{ instansiList { name } }`, {})).toBe(1);
  });

  it('leaves bad input to the resolvers, which say what is wrong', async () => {
    await bothAnswers(UNITS, { first: 5 });
    const units = `query Case${cases}${UNITS}`;
    const refused: [Record<string, unknown>, string][] = [
      [{ first: 1000 }, 'QUERY_TOO_COMPLEX'],
      [{ first: 0 }, 'BAD_USER_INPUT'],
      [{ after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
      [{ filter: { year: 1999 } }, 'BAD_USER_INPUT'],
      [{ filter: { kind: 'CASTLE' } }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of refused) {
      const answer = await graphql(endpoint, units, variables);
      expect(answer.headers.get('x-graphql-plan')).toBe('executed');
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
    }
  });
});

// Inline: a cost probe of a page with each relation of a unit, more than the directory's page asks for.
const DEEP = `query Deep($first: Int!) {
  units(first: $first) {
    totalCount
    nodes {
      id name instansi { id name }
      timeline { stage occurredOn } predicates { kind year } activePredicate
      pacts { id verificationCode }
    }
  }
}`;

describe('the resolvers, which answer a document first and whatever the plans refuse', () => {
  it('cost a fixed number of SQL statements whatever the page size', async () => {
    const resolvers = await createTestApp({ publicApi: { compiledPlans: false, cacheMaxBytes: 0 } });
    try {
      const statementsFor = async (first: number) => {
        resolvers.queries.count = 0;
        const result = await graphql(`${resolvers.url}/graphql`, DEEP, { first });
        expect(result.errors).toBeUndefined();
        expect(result.headers.get('x-graphql-plan')).toBe('executed');
        return resolvers.queries.count;
      };
      const small = await statementsFor(5);
      const large = await statementsFor(100);
      expect(large).toBe(small);
      // The page and its count, one per relation (the data version is held in memory: decision 0043).
      expect(large).toBeLessThanOrEqual(6);
    } finally {
      await resolvers.close();
    }
  });
});

describe('a plan that would write other bytes', () => {
  it('is never used: the document stays with Apollo', async () => {
    const schema = await buildPublicSchema();
    const registry = projectionRegistry(Object.values<Feature>(modules));
    const unit = registry.types.get('Unit');
    if (!unit) throw new Error('no Unit projection');
    const broken = new Map(registry.types).set('Unit', {
      ...unit,
      fields: { ...unit.fields, name: { kind: 'leaf', sql: (row) => `upper(${row}.name)` } },
    });
    const answersWith = (types: ProjectionRegistry['types']) =>
      new CompiledAnswers({
        schema,
        registry: { ...registry, types },
        services: app.services,
        dataSource: app.dataSource,
        limits: { maxCost: 50_000, maxDepth: 10, maxAliases: 30, budget: new MemoryLeakyBucket(1e9, 1e9) },
        version: () => 'v1',
      });
    const query = 'query Names { units(first: 3) { nodes { name } } }';
    const request = {
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: { query },
    };
    const apollo = await fetch(endpoint, {
      method: 'POST',
      headers: request.headers,
      body: JSON.stringify(request.body),
    });
    const text = await apollo.text();
    const cost = (JSON.parse(text) as { extensions: { cost: CostExtension } }).extensions.cost;
    const answered = {
      answer: {
        status: 200,
        headers: new HeaderMap([['content-type', apollo.headers.get('content-type') ?? '']]),
        body: { kind: 'complete' as const, string: text },
      },
      facts: { query: true, errors: false, cost },
    };
    const learned = async (answers: CompiledAnswers) => {
      answers.learn(request, answered, 'v1');
      for (let attempt = 0; attempt < 50; attempt += 1) {
        await sleep(10);
        if (await answers.answer(request, 'tester')) return true;
      }
      return false;
    };
    expect(await learned(answersWith(registry.types))).toBe(true);
    expect(await learned(answersWith(broken))).toBe(false);
  });
});
