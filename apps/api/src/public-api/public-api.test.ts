import { createHash } from 'node:crypto';
import http from 'node:http';
import { DirectoryUnitsDocument } from '@zi/schema/public';
import { parse } from 'graphql';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublicSchema } from '../schema/build.js';
import { createTestApp, graphql, type TestApp } from '../test/harness.js';
import { MemoryLeakyBucket } from './leaky-bucket.js';
import { measureOperation } from './query-shape.js';

let app: TestApp;
let endpoint: string;
beforeAll(async () => {
  app = await createTestApp();
  endpoint = `${app.url}/graphql`;
});
afterAll(() => app.close());

// Inline, like the other queries of the cost and limit tests: a selection written for the cost it adds up to.
const DIRECTORY = `{ units(first: 50) { totalCount nodes { name currentStage instansi { name }
  timeline { stage occurredOn } predicates { kind year } pacts { signedOn } } } }`;

describe('query cost', () => {
  it('counts a connection by its page and a plain list as ten items', async () => {
    const schema = await buildPublicSchema();
    const document = parse(DIRECTORY);
    const operation = document.definitions[0];
    if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
    // units 1 + nodes 50 × (1 + instansi 1 + timeline 10 + predicates 10 + pacts 10)
    expect(measureOperation(schema, operation, {}, {})).toEqual({ cost: 1601, depth: 4, aliases: 0 });
  });

  it('returns the cost in extensions and the budget in headers', async () => {
    const result = await graphql(endpoint, DIRECTORY);
    expect(result.errors).toBeUndefined();
    expect(result.headers.get('x-query-cost')).toBe('1601');
    expect(Number(result.headers.get('x-ratelimit-remaining'))).toBeLessThan(50_000);
    expect(result.headers.get('x-ratelimit-limit')).toBe('50000');
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Inline: the cheapest plain list, a known cost of 10.
      body: JSON.stringify({ query: '{ instansiList { name } }' }),
    });
    const body = (await response.json()) as { extensions: { cost: unknown } };
    expect(body.extensions.cost).toMatchObject({
      requested: 10,
      limit: 10_000,
      budget: 50_000,
      refillPerSecond: 500,
    });
  });
});

describe('request bodies', () => {
  it('reads JSON whatever the case and parameters of its media type, and nothing else as JSON', async () => {
    const send = (contentType: string) =>
      fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': contentType },
        // Inline: the smallest query, its text is not the point here.
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    for (const contentType of [
      'application/json',
      'Application/JSON; charset=utf-8',
      ' application/json ;x=1',
    ]) {
      const response = await send(contentType);
      expect(response.status, contentType).toBe(200);
      expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
    }
    for (const contentType of ['text/plain', 'application/jsonx', 'application/x-www-form-urlencoded']) {
      const response = await send(contentType);
      expect(response.status, contentType).toBeGreaterThanOrEqual(400);
      expect(response.status, contentType).toBeLessThan(500);
    }
  });
});

// Inline: queries built to break each limit, which no client's document does.
describe('limits, with errors that say how to fix the query', () => {
  it('refuses a query deeper than the limit', async () => {
    const deep =
      '{ units { nodes { pacts { unit { pacts { unit { pacts { unit { pacts { unit { pacts { unit { name } } } } } } } } } } } } }';
    const result = await graphql(endpoint, deep);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/nests 13 levels deep; the limit is 12/);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: instansiList { name }`).join(' ');
    const result = await graphql(endpoint, `{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/uses 31 aliases; the limit is 30/);
  });

  it('refuses a query that could return too many objects', async () => {
    const result = await graphql(
      endpoint,
      '{ units(first: 100) { nodes { pacts { unit { pacts { unit { name } } } } } } }',
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(result.errors?.[0]?.message).toMatch(
      /could return 22,101 objects .* limit is 10,000 per query. Ask for smaller pages/,
    );
  });

  it('answers 429 with Retry-After once a client has spent its budget', async () => {
    const small = await createTestApp({ publicApi: { budget: 2_000, refillPerSecond: 1 } });
    try {
      const first = await graphql(`${small.url}/graphql`, DIRECTORY);
      expect(first.errors).toBeUndefined();
      const second = await graphql(`${small.url}/graphql`, DIRECTORY);
      expect(second.status).toBe(429);
      // 2,000 − 1,601 = 399 left; 1,202 more points at 1 per second (a little less if time passed).
      const retryAfter = Number(second.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(1_150);
      expect(retryAfter).toBeLessThanOrEqual(1_202);
      expect(second.errors?.[0]).toMatchObject({
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
      });
      expect(second.errors?.[0]?.message).toMatch(
        /points left and the query costs 1,601.*retry in \d+ s, or ask for less/,
      );
    } finally {
      await small.close();
    }
  });

  it('refills the budget over time', () => {
    const bucket = new MemoryLeakyBucket(100, 10);
    expect(bucket.take('a', 80, 0)).toMatchObject({ allowed: true, remaining: 20, resetSeconds: 8 });
    expect(bucket.take('a', 50, 0)).toMatchObject({ allowed: false, remaining: 20, retryAfterSeconds: 3 });
    expect(bucket.take('a', 50, 3_000)).toMatchObject({ allowed: true, remaining: 0 });
    expect(bucket.take('b', 100, 3_000)).toMatchObject({ allowed: true });
  });
});

interface Body {
  data: Record<string, { totalCount?: number; length?: number }>;
  errors: Array<{ extensions: { code: string } }>;
}
const getJson = async (url: string) => (await (await fetch(url)).json()) as Body;

describe('HTTP: GET, persisted queries, caching', () => {
  // Inline: GET and persisted queries carry the query's text itself, which the site's documents do not use.
  it('answers a plain GET with Cache-Control, so a CDN can cache it', async () => {
    const response = await fetch(`${endpoint}?query=${encodeURIComponent('{ instansiList { name } }')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
    expect(((await response.json()) as Body).data.instansiList).toHaveLength(1);
  });

  it('supports automatic persisted queries over GET', async () => {
    // Inline: the hash is of the query's text as sent.
    const query = '{ units(first: 1) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    const miss = await getJson(`${endpoint}?extensions=${extensions}`);
    expect(miss.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await fetch(`${endpoint}?query=${encodeURIComponent(query)}&extensions=${extensions}`);
    const hit = await getJson(`${endpoint}?extensions=${extensions}`);
    expect(hit.data.units?.totalCount).toBe(253);
  });

  it('serves a repeated query from the cache, and never a stale one after a write', async () => {
    const firstUnit = () => graphql(endpoint, DirectoryUnitsDocument, { first: 1 });
    const before = await firstUnit();
    app.queries.count = 0;
    await firstUnit();
    expect(app.queries.count).toBe(0);

    const unit = before.data?.units.edges[0]?.node;
    const id = Buffer.from(unit?.id ?? '', 'base64url')
      .toString()
      .split(':')[1];
    await app.dataSource.query(`UPDATE unit SET name = 'AAA Unit Baru' WHERE id = $1`, [id]);
    const after = await firstUnit();
    expect(after.data?.units.edges[0]?.node.name).toBe('AAA Unit Baru');
  });
});

describe('GraphQL over HTTP', () => {
  it("passes graphql-http's server audit with no error or warning", async () => {
    const problems: string[] = [];
    const audits = serverAudits({ url: endpoint });
    expect(audits.length).toBeGreaterThan(10);
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === 'error' || result.status === 'warn')
        problems.push(`${result.status}: ${audit.name}`);
    }
    expect(problems).toEqual([]);
  });
});

/** A POST to `/graphql` as raw HTTP: with its length declared, or sent in chunks without one. */
function post(
  url: string,
  body: string,
  framing: 'length' | 'chunked',
  contentType = 'application/json',
): Promise<{ status: number; cache: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.from(body, 'utf8');
    const headers: Record<string, string> = { 'content-type': contentType };
    if (framing === 'length') headers['content-length'] = String(bytes.length);
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          cache: response.headers['x-cache'] as string | undefined,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
    if (framing === 'chunked') for (const byte of bytes) request.write(Buffer.from([byte]));
    else request.write(bytes);
    request.end();
  });
}

/** The answer without the remaining budget, which differs from one request to the next. */
const withoutBudget = (body: string) => body.replace(/"remaining":\d+/, '"remaining":_');

describe('bodies read before Express', () => {
  // Inline: bodies chosen for how they are framed and parsed, not for what they ask.
  const bodies = [
    '{"query":"{ __typename }"}',
    '\uFEFF{"query":"{ __typename }"}',
    '\uFEFF',
    ' \r\n\t{"query":"{ instansiList { name } }"}',
    '"a string"',
    '123',
    'null',
    '{"query": "{ __typename }"',
    '[]',
    '{"query": 1}',
    '{"query":"{ __typename }","variables":"x"}',
  ];

  it.each(bodies)('answers %j as body-parser reads it', async (body) => {
    for (const contentType of [
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
    ]) {
      const early = await post(endpoint, body, 'length', contentType);
      const parsed = await post(endpoint, body, 'chunked', contentType);
      expect(early.status, contentType).toBe(parsed.status);
      expect(early.status, contentType).toBeLessThan(500);
      expect(withoutBudget(early.body), contentType).toBe(withoutBudget(parsed.body));
    }
  });

  it('finds a body seen before by its bytes, and a body written otherwise by its meaning', async () => {
    // Inline: a query no other test sends, so that its first answer is a miss.
    const body = JSON.stringify({ query: '{ instansiList { name kind } }' });
    expect((await post(endpoint, body, 'length')).cache).toBe('MISS');
    expect((await post(endpoint, body, 'length')).cache).toBe('HIT');
    const spaced = JSON.stringify({ query: '{  instansiList {\n name,  kind } }' }, null, 2);
    const answer = await post(endpoint, spaced, 'length');
    expect(answer.cache).toBe('HIT');
    expect(withoutBudget(answer.body)).toBe(withoutBudget((await post(endpoint, body, 'chunked')).body));
  });
});
