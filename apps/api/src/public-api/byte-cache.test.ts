import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { UpdateUnitDocument } from '@zi/schema/admin';
import { DirectoryUnitsDocument } from '@zi/schema/public';
import fc from 'fast-check';
import { Lexer, parse, print, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphql, signInAs, type TestApp } from '../test/harness.js';
import { ByteCache, type CachedAnswer } from './byte-cache.js';
import { canonicalJson, normaliseDocument, requestKey } from './request-key.js';
import { LISTENER_APPLICATION_NAME } from './version-listener.js';

// Inline: a page with a known cost (1,601 points), which the budget tests count on.
const DIRECTORY = `query Directory($first: Int) { units(first: $first) { totalCount nodes { name currentStage
  instansi { name } timeline { stage occurredOn } predicates { kind year } pacts { signedOn } } } }`;
/** The directory's first unit, as the public site asks for it. */
const FIRST_UNIT = { query: print(DirectoryUnitsDocument), variables: { first: 1 } };

interface Answer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  cache: string | null;
  json: () => Body;
}

interface Body {
  /** Absent from some answers with errors; the tests read it only where they expect it. */
  data: {
    units: {
      nodes: Array<{ id: string; name: string }>;
      edges: Array<{ node: { id: string; name: string } }>;
    };
    instansiList: unknown[];
  };
  errors?: Array<{ extensions: { code: string } }>;
}

async function answerOf(response: Response): Promise<Answer> {
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    cache: response.headers.get('x-cache'),
    json: () => JSON.parse(bytes.toString()),
  };
}

/** A POST from one client; the test apps believe one proxy, so `client` becomes its address. */
const post = async (app: TestApp, body: unknown, client = '10.0.0.1', headers: Record<string, string> = {}) =>
  answerOf(
    await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client, ...headers },
      body: JSON.stringify(body),
    }),
  );

/** A POST by node:http, whose answer is the bytes on the wire (fetch would decompress them). */
const rawPost = (app: TestApp, body: string, client: string, headers: Record<string, string>) =>
  new Promise<{ headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    const request = http.request(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client, ...headers },
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, bytes: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });

const get = async (app: TestApp, params: Record<string, string>, headers: Record<string, string> = {}) =>
  answerOf(await fetch(`${app.url}/graphql?${new URLSearchParams(params)}`, { headers }));

const firstUnitName = (answer: Answer) => answer.json().data.units.edges[0]?.node.name;

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ trustProxy: 1 });
});
afterAll(() => app.close());

describe('the public byte cache', () => {
  it('answers a repeated read from memory with the same bytes and headers, running no SQL', async () => {
    const request = { query: DIRECTORY, variables: { first: 50 } };
    const miss = await post(app, request, '10.0.1.1');
    expect(miss.cache).toBe('MISS');
    app.queries.count = 0;
    // Another client, whose fresh budget leaves it as many points as the first had: the same body.
    const hit = await post(app, request, '10.0.1.2');
    expect(app.queries.count).toBe(0);
    expect(hit.cache).toBe('HIT');
    expect(hit.bytes.equals(miss.bytes)).toBe(true);
    const headers = [
      'content-type',
      'cache-control',
      'etag',
      'access-control-allow-origin',
      'x-query-cost',
      'x-ratelimit-remaining',
    ];
    for (const header of headers) expect(hit.headers.get(header), header).toBe(miss.headers.get(header));
    expect(hit.headers.get('cache-control')).toBe('max-age=60, public');
    expect(hit.json().data.units.nodes).toHaveLength(50);
  });

  it('takes the same document written differently, and the same variables in another order, as one read', async () => {
    const variables = { first: 3, filter: { kind: 'DINAS', stage: 'BUILDING' } };
    // Inline: one document written two ways, which is what this test is about.
    const query =
      'query Find($first: Int, $filter: UnitFilter) { units(first: $first, filter: $filter) { totalCount } }';
    const miss = await post(app, { query, variables });
    expect(miss.cache).toBe('MISS');
    expect(miss.json().errors).toBeUndefined();
    const reformatted = `# the directory, filtered
      query Find( $first : Int , $filter:UnitFilter ){
        units(first:$first filter:$filter){ totalCount }
      }`;
    const reordered = { filter: { stage: 'BUILDING', kind: 'DINAS' }, first: 3 };
    const viaGet = await get(app, { query: reformatted, variables: JSON.stringify(reordered) });
    expect(viaGet.cache).toBe('HIT');
    expect(viaGet.json().data).toEqual(miss.json().data);
    expect((await post(app, { query, variables: { ...variables, first: 4 } })).cache).toBe('MISS');
  });

  it('shows a write on the very next read: SQL on a public table, or an admin mutation', async () => {
    for (const suffix of ['a', 'b', 'c']) {
      await post(app, FIRST_UNIT);
      expect((await post(app, FIRST_UNIT)).cache).toBe('HIT');
      await app.dataSource.query(
        `UPDATE unit SET name = $1 WHERE id = (SELECT id FROM unit WHERE archived_at IS NULL ORDER BY name LIMIT 1)`,
        [`AAA Unit ${suffix}`],
      );
      expect(firstUnitName(await post(app, FIRST_UNIT))).toBe(`AAA Unit ${suffix}`);
    }

    const cookie = await signInAs(app, 'admin');
    const before = await post(app, FIRST_UNIT);
    const unit = before.json().data.units.edges[0]?.node;
    const renamed = await graphql(
      `${app.url}/admin/graphql`,
      UpdateUnitDocument,
      { id: unit?.id ?? '', input: { name: 'AAA Unit Baru', kind: 'DINAS' } },
      cookie,
    );
    expect(renamed.errors).toBeUndefined();
    const after = await post(app, FIRST_UNIT);
    expect(after.cache).toBe('MISS');
    expect(firstUnitName(after)).toBe('AAA Unit Baru');
  });

  it('answers 304 to a GET whose If-None-Match names the answer, from memory or from Apollo', async () => {
    // Inline: a GET carries the query's text in its URL, which the site does not send.
    const params = { query: '{ instansiList { name } }' };
    const first = await get(app, params);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    app.queries.count = 0;
    const notModified = await get(app, params, { 'if-none-match': etag });
    expect(notModified).toMatchObject({ status: 304, cache: 'HIT' });
    expect(notModified.bytes.length).toBe(0);
    expect(app.queries.count).toBe(0);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(notModified.headers.get('x-ratelimit-remaining')).not.toBeNull();
    expect((await get(app, params, { 'if-none-match': 'W/"other"' })).status).toBe(200);

    // A write elsewhere empties the cache; Apollo's answer has the same data, so the same ETag.
    await app.dataSource.query(`UPDATE pact SET signed_on = signed_on`);
    const rerun = await get(app, params, { 'if-none-match': etag });
    expect(rerun).toMatchObject({ status: 304, cache: 'MISS' });
  });

  it('gzips an answer over 1 kB for a client that takes it, from memory and from Apollo alike', async () => {
    const body = JSON.stringify({ query: DIRECTORY, variables: { first: 20 } });
    const identity = await rawPost(app, body, '10.0.3.1', {});
    const missGzip = await rawPost(
      app,
      JSON.stringify({ query: DIRECTORY, variables: { first: 21 } }),
      '10.0.3.2',
      {
        'accept-encoding': 'gzip, deflate, br',
      },
    );
    const hitGzip = await rawPost(app, body, '10.0.3.3', { 'accept-encoding': 'br;q=1, gzip;q=0.8' });
    expect(identity.headers['x-cache']).toBe('MISS');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toBe('accept-encoding');
    expect(missGzip.headers).toMatchObject({ 'x-cache': 'MISS', 'content-encoding': 'gzip' });
    expect(hitGzip.headers).toMatchObject({
      'x-cache': 'HIT',
      'content-encoding': 'gzip',
      vary: 'accept-encoding',
    });
    expect(hitGzip.headers.etag).toBe(identity.headers.etag);
    // Clients with the same remaining budget: the same JSON, gzipped to a fraction of its size.
    expect(gunzipSync(hitGzip.bytes).equals(identity.bytes)).toBe(true);
    expect(hitGzip.bytes.length).toBeLessThan(identity.bytes.length / 4);
    expect(JSON.parse(gunzipSync(missGzip.bytes).toString()).data.units.nodes).toHaveLength(21);

    const refused = await rawPost(app, body, '10.0.3.4', { 'accept-encoding': 'gzip;q=0, *' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const small = await rawPost(app, JSON.stringify(FIRST_UNIT), '10.0.3.5', {
      'accept-encoding': 'gzip',
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary).toBeUndefined();
  });

  it('charges a hit the stored cost: the budget refuses at the same request with or without the cache', async () => {
    const statuses = async (options: { cacheMaxBytes?: number }) => {
      const small = await createTestApp({ publicApi: { budget: 5_000, refillPerSecond: 1, ...options } });
      try {
        const answers = [];
        for (let i = 0; i < 4; i++)
          answers.push(await post(small, { query: DIRECTORY, variables: { first: 50 } }));
        return answers;
      } finally {
        await small.close();
      }
    };
    const cached = await statuses({});
    const uncached = await statuses({ cacheMaxBytes: 0 });
    expect(cached.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(cached.map((answer) => answer.cache)).toEqual(['MISS', 'HIT', 'HIT', 'MISS']);
    expect(uncached.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(uncached.map((answer) => answer.cache)).toEqual(['BYPASS', 'BYPASS', 'BYPASS', 'BYPASS']);
    for (const answers of [cached, uncached]) {
      const remaining = answers.map((answer) => Number(answer.headers.get('x-ratelimit-remaining')));
      // 5,000 − n × 1,601, plus the point a second the budget regains while the test runs.
      expect(remaining[0]).toBe(3_399);
      expect(remaining[1]).toBeGreaterThanOrEqual(1_798);
      expect(remaining[2]).toBeGreaterThanOrEqual(197);
      expect(remaining[3]).toBeGreaterThanOrEqual(remaining[2] as number);
      expect(remaining[3]).toBeLessThan(1_601);
      const refused = answers[3];
      expect(refused?.json().errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(1_390);
    }
  });

  it('charges the socket’s address when no proxy is trusted: a forged X-Forwarded-For buys no second budget, hit or miss', async () => {
    const direct = await createTestApp({
      trustProxy: false,
      publicApi: { budget: 5_000, refillPerSecond: 1 },
    });
    try {
      const answers = [];
      for (const forged of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'])
        answers.push(await post(direct, { query: DIRECTORY, variables: { first: 50 } }, forged));
      expect(answers.map((answer) => answer.cache)).toEqual(['MISS', 'HIT', 'HIT', 'MISS']);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    } finally {
      await direct.close();
    }
  });

  it('bypasses the cache while its LISTEN connection is down, and uses it again once it is back', async () => {
    await post(app, FIRST_UNIT);
    expect((await post(app, FIRST_UNIT)).cache).toBe('HIT');
    const [listener] = (await app.dataSource.query(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [LISTENER_APPLICATION_NAME],
    )) as { pid: number }[];
    expect(listener).toBeDefined();
    await app.dataSource.query('SELECT pg_terminate_backend($1)', [listener?.pid]);
    await until(async () => (await post(app, FIRST_UNIT)).cache === 'BYPASS', 'the cache is bypassed');

    await app.dataSource.query(
      `UPDATE unit SET name = 'AAA Selama Terputus' WHERE id = (SELECT id FROM unit WHERE archived_at IS NULL ORDER BY name LIMIT 1)`,
    );
    const during = await post(app, FIRST_UNIT);
    expect(['BYPASS', 'MISS']).toContain(during.cache);
    expect(firstUnitName(during)).toBe('AAA Selama Terputus');

    await until(async () => (await post(app, FIRST_UNIT)).cache === 'HIT', 'the cache is used again');
    const [back] = (await app.dataSource.query(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [LISTENER_APPLICATION_NAME],
    )) as { pid: number }[];
    expect(back?.pid).not.toBe(listener?.pid);
    const hit = await post(app, FIRST_UNIT);
    expect(hit.cache).toBe('HIT');
    expect(firstUnitName(hit)).toBe('AAA Selama Terputus');
  });

  it('never keeps an answer with errors, and never serves the admin API', async () => {
    // Inline: a page too large and a field that does not exist, answers no client should get.
    const badPage = { query: '{ units(first: 1000) { totalCount } }' };
    for (let i = 0; i < 2; i++) {
      const answer = await post(app, badPage);
      expect(answer.cache).toBe('MISS');
      expect(answer.json().errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const notFound = { query: '{ nope }' };
    expect((await post(app, notFound)).cache).toBe('MISS');
    expect((await post(app, notFound)).cache).toBe('MISS');

    // Inline: the very same text to both APIs, which no client's document is.
    const query = '{ units(first: 2) { nodes { name } } }';
    await post(app, { query });
    expect((await post(app, { query })).cache).toBe('HIT');
    const cookie = await signInAs(app, 'admin');
    app.queries.count = 0;
    const admin = await fetch(`${app.url}/admin/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query }),
    });
    expect(admin.status).toBe(200);
    expect(admin.headers.get('x-cache')).toBeNull();
    expect(app.queries.count).toBeGreaterThan(0);
  });

  it('keeps answers for persisted queries under their hash', async () => {
    const { createHash } = await import('node:crypto');
    // Inline: a persisted query's hash is of its text as sent.
    const query = '{ instansiList { id name } }';
    const extensions = {
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
    };
    expect((await post(app, { query, extensions })).cache).toBe('MISS');
    const byHash = await get(app, { extensions: JSON.stringify(extensions) });
    expect(byHash.cache).toBe('MISS');
    const again = await get(app, { extensions: JSON.stringify(extensions) });
    expect(again.cache).toBe('HIT');
    expect(again.json().data.instansiList).toHaveLength(1);
    const wrongHash = { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } };
    expect((await post(app, { query, extensions: wrongHash })).json().errors).toBeDefined();
  });
});

describe('request keys', () => {
  it('drop what GraphQL ignores, keeping strings as written', () => {
    expect(normaliseDocument('query  A ( $x : Int ) ,{ a(x: $x) # why\n { b c } }')).toBe(
      'query A($x:Int){a(x:$x){b c}}',
    );
    expect(normaliseDocument('{ a(s: "x,  # y") b(t: """ q\n  "r" """) ... on T { c } }')).toBe(
      '{a(s:"x,  # y")b(t:""" q\n  "r" """)...on T{c}}',
    );
    expect(normaliseDocument('{ a(s: "say \\"hi,  there\\"") }')).toBe('{a(s:"say \\"hi,  there\\"")}');
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x', skipped: undefined })).toBe(
      '{"a":"x","b":[2,{"c":null,"d":1}]}',
    );
  });

  it('normalise any layout of a document to one that parses to the same operation', () => {
    const documents = [
      DIRECTORY,
      'query($id: ID!) { unit(id: $id) { name ...F timeline { stage } } } fragment F on Unit { id }',
      '{ a: units(first: -1, filter: { search: "a,  b # c" }) { nodes { ... on Unit { name } } } }',
      '{ units(filter: { search: """ x\n  "y" \\""" """ }) { totalCount } }',
    ];
    const tokensOf = (document: string) => {
      const lexer = new Lexer(new Source(document));
      const tokens: string[] = [];
      for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance())
        tokens.push(document.slice(token.start, token.end));
      return tokens;
    };
    const ignored = fc.array(fc.constantFrom(' ', '\t', '\n', ',', '\r\n', '# note\n', '\uFEFF'), {
      maxLength: 3,
    });
    for (const document of documents) {
      const tokens = tokensOf(document);
      const gaps = fc.array(ignored, { minLength: tokens.length, maxLength: tokens.length });
      fc.assert(
        fc.property(gaps, (gapsBefore) => {
          // Tokens keep one space between them: some would run together without it.
          const laidOut = tokens.map((token, i) => `${gapsBefore[i]?.join('')} ${token}`).join('');
          const normalised = normaliseDocument(laidOut);
          expect(print(parse(normalised))).toBe(print(parse(document)));
          expect(normalised).toBe(normaliseDocument(document));
        }),
      );
    }
  });

  it('are refused for a request Apollo would not take as it is', () => {
    const key = (method: string, url: string, body: unknown = undefined, headers = {}) =>
      requestKey({ method, url, body, headers });
    expect(key('GET', '/graphql?query={a}')).toEqual(expect.any(String));
    expect(key('GET', '/graphql?query={a}&query={b}')).toBeNull();
    expect(key('GET', '/graphql?query={a}&variables=')).toBeNull();
    expect(key('GET', '/graphql?query={a}', undefined, { 'content-type': 'text/plain' })).toBeNull();
    expect(key('POST', '/graphql', [{ query: '{a}' }])).toBeNull();
    expect(key('POST', '/graphql', { query: '{a}', variables: '{}' })).toBeNull();
    expect(key('POST', '/graphql', { query: '{a}', operationName: 1 })).toBeNull();
    expect(key('PUT', '/graphql', { query: '{a}' })).toBeNull();
    expect(key('POST', '/graphql', { query: '{a}', variables: null })).toBe(
      key('GET', '/graphql?query={ a }'),
    );
    expect(
      key('POST', '/graphql', { query: '{a}' }, { accept: 'application/graphql-response+json' }),
    ).not.toBe(key('POST', '/graphql', { query: '{a}' }));
  });
});

describe('the byte store', () => {
  const answer = (bytes: number, expiresAt = Number.POSITIVE_INFINITY): CachedAnswer => ({
    head: Buffer.alloc(bytes),
    tail: Buffer.alloc(0),
    cost: 1,
    contentType: 'application/json',
    cacheControl: 'max-age=60, public',
    etag: 'W/"x"',
    gzip: null,
    storedAt: 0,
    expiresAt,
  });

  it('drops the least recently used answers beyond its size, and everything at a new version', () => {
    const cache = new ByteCache(4_000);
    cache.get('1', 'a');
    cache.set('1', 'a', answer(1_000));
    cache.set('1', 'b', answer(1_000));
    cache.get('1', 'a');
    cache.set('1', 'c', answer(500));
    expect(cache.get('1', 'b')).toBeUndefined();
    expect(cache.get('1', 'a')).toBeDefined();
    cache.set('1', 'huge', answer(5_000));
    expect(cache.get('1', 'huge')).toBeUndefined();
    expect(cache.get('2', 'a')).toBeUndefined();
    cache.set('1', 'late', answer(10));
    expect(cache.get('2', 'late')).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('lets an answer expire after its max-age', () => {
    const cache = new ByteCache(10_000);
    cache.get('1', 'a', 0);
    cache.set('1', 'a', answer(10, 60_000));
    expect(cache.get('1', 'a', 59_999)).toBeDefined();
    expect(cache.get('1', 'a', 60_000)).toBeUndefined();
    expect(cache.size.bytes).toBe(0);
  });
});
