import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { type Answer, graphqlData, postJson } from './http.js';
import type { Load } from './measure.js';
import { interleave } from './measure.js';
import type { BenchOptions } from './options.js';
import { comparedQueries, type Query } from './queries.js';
import type { StoredAnswer } from './raw-server.js';
import {
  OURS_CACHED,
  OURS_UNCACHED,
  POSTGRAPHILE,
  RAW_NODE,
  type RequestFacts,
  type SizeReport,
} from './report.js';
import { type Server, settled, startOurApi, startPostGraphile, startRawServer } from './servers.js';
import { statementsPerRequest } from './statements.js';

/** A server and the body it gets for each query. */
interface Contender {
  server: Server;
  body(query: Query): string;
  usesDatabase: boolean;
}

/** Headers a server writes for each connection and moment, not for the answer. */
const CONNECTION_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * Our cached answer to each query, to be replayed by the raw Node server: the first request fills
 * the cache, the second is a hit and is kept.
 */
async function cachedAnswers(cached: Server, queries: Query[]): Promise<StoredAnswer[]> {
  const answers: StoredAnswer[] = [];
  for (const query of queries) {
    await postJson(cached.url(query.key), query.ours);
    const hit = await postJson(cached.url(query.key), query.ours);
    graphqlData(hit, `${OURS_CACHED}, ${query.name}`);
    answers.push({
      path: `/${query.key}`,
      headers: hit.headers.filter(([name]) => !CONNECTION_HEADERS.has(name.toLowerCase())),
      bodyBase64: hit.body.toString('base64'),
    });
  }
  return answers;
}

/** Field values both schemas answer alike (enums compared case-blind), in answer order. */
const COMPARED_FIELDS = new Set([
  'name',
  'totalCount',
  'kind',
  'stage',
  'occurredOn',
  'year',
  'revokedOn',
  'signedOn',
  'signatoryCount',
  'verificationCode',
  'decreeNumber',
  'leaderName',
]);

function comparedValues(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) comparedValues(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (COMPARED_FIELDS.has(key) && (typeof field !== 'object' || field === null)) {
        into.push(`${key}=${String(field).toLowerCase()}`);
      } else comparedValues(field, into);
    }
  }
  return into;
}

/** Whether PostGraphile's answer carries the same units and values as ours. */
function sameData(query: Query, ours: Answer, theirs: Answer): string {
  const a = comparedValues(graphqlData(ours, `${OURS_UNCACHED}, ${query.name}`));
  const b = comparedValues(graphqlData(theirs, `${POSTGRAPHILE}, ${query.name}`));
  const first = a.findIndex((value, index) => value !== b[index]);
  if (first === -1 && a.length === b.length) {
    return `${query.name}: PostGraphile answers the same ${a.length} values as ours (${[...COMPARED_FIELDS].join(', ')}), in the same order`;
  }
  return `${query.name}: PostGraphile's answer differs from ours at value ${first === -1 ? a.length : first} of ${a.length} (ours ${a[first] ?? 'none'}, PostGraphile ${b[first] ?? 'none'})`;
}

/** Long enough for a plan to be proven on the first answer before statements are counted. */
const PLAN_LEARNING_MS = 500;

/** Checks every answer, compares the data and counts statements and bytes per request. */
async function requestFacts(
  dataSource: DataSource,
  contenders: Contender[],
  queries: Query[],
): Promise<{ facts: SizeReport['facts']; notes: string[] }> {
  const facts: SizeReport['facts'] = new Map();
  const notes: string[] = [];
  for (const query of queries) {
    const answers = new Map<string, Answer>();
    const byServer = new Map<string, RequestFacts>();
    for (const { server, body, usesDatabase } of contenders) {
      const send = () => postJson(server.url(query.key), body(query));
      const answer = await send();
      graphqlData(answer, `${server.name}, ${query.name}`);
      // The first answer teaches the document's compiled plan in the background (decision 0047).
      await new Promise((resolve) => setTimeout(resolve, PLAN_LEARNING_MS));
      answers.set(server.name, answer);
      byServer.set(server.name, {
        bytes: answer.body.length,
        ...(usesDatabase
          ? await statementsPerRequest(dataSource, send)
          : { statements: null, databaseMs: null }),
      });
    }
    facts.set(query.name, byServer);
    const ours = answers.get(OURS_UNCACHED);
    const theirs = answers.get(POSTGRAPHILE);
    if (ours && theirs) notes.push(sameData(query, ours, theirs));
    const replayed = answers.get(RAW_NODE);
    const cached = answers.get(OURS_CACHED);
    if (replayed && cached && !replayed.body.equals(cached.body)) {
      notes.push(`${query.name}: the raw Node server's bytes differ from our cached answer`);
    }
  }
  return { facts, notes };
}

/**
 * Our API uncached and cached, PostGraphile 5 and the raw Node server, each its own process, on
 * the database as it is now, asked the directory and the unit page in interleaved rounds.
 */
export async function compareAt(
  dataSource: DataSource,
  units: number,
  settings: BenchOptions,
  logDir: string,
): Promise<SizeReport> {
  const databaseUrl = (dataSource.options as { url?: string }).url ?? '';
  const queries = await comparedQueries(dataSource);
  const apiData = await mkdtemp(path.join(tmpdir(), 'zi-bench-api-'));
  const servers: Server[] = [];
  try {
    const started = async (server: Promise<Server>) => {
      servers.push(await server);
      return servers.at(-1) as Server;
    };
    const ours = (name: string, cached: boolean, compiledPlans = true) =>
      started(
        startOurApi({
          main: settings.apiMain,
          databaseUrl,
          cached,
          compiledPlans,
          dataDir: path.join(apiData, name),
          logFile: path.join(logDir, `public-api-${name}.log`),
        }),
      );
    const uncached = await ours('uncached', false);
    const resolvers = await ours('resolvers', false, false);
    const cached = await ours('cached', true);
    const postgraphile = await started(
      startPostGraphile({ databaseUrl, logFile: path.join(logDir, 'public-api-postgraphile.log') }),
    );
    const raw = await started(startRawServer(await cachedAnswers(cached, queries)));
    const contenders: Contender[] = [
      { server: uncached, body: (query) => query.ours, usesDatabase: true },
      { server: resolvers, body: (query) => query.ours, usesDatabase: true },
      { server: cached, body: (query) => query.ours, usesDatabase: true },
      { server: postgraphile, body: (query) => query.postgraphile, usesDatabase: true },
      { server: raw, body: (query) => query.ours, usesDatabase: false },
    ];
    process.stdout.write(
      `Servers: ${contenders.map(({ server }) => `${server.name} (pid ${server.pid})`).join(', ')}.\n`,
    );
    await settled(servers);
    const { facts, notes } = await requestFacts(dataSource, contenders, queries);
    const loads: Load[] = queries.flatMap((query) =>
      contenders.map(({ server, body }) => ({
        query: query.name,
        server: server.name,
        url: server.url(query.key),
        body: body(query),
      })),
    );
    const results = await interleave(loads, settings);
    return { units, results, facts, notes };
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await rm(apiData, { recursive: true, force: true });
  }
}
