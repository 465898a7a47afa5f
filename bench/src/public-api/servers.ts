import { type ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../database.js';
import { type ApiProcess, startApi } from '../deadline/api-process.js';
import type { RawServerRequest, StoredAnswer } from './raw-server.js';
import { OURS_CACHED, OURS_RESOLVERS, OURS_UNCACHED } from './report.js';

/** A server the bench started: where to send requests, and how to end it. */
export interface Server {
  name: string;
  pid: number;
  /** Where a query is sent: `/graphql`, or the raw server's path for the query. */
  url(queryKey: string): string;
  /** When (performance.now()) the work it does by itself after starting is over. */
  settledAt: number;
  stop(): Promise<void>;
}

/**
 * The API writes an audit checkpoint as it starts and sweeps reminders 10 s later (main.ts): SQL
 * that is no request's. The bench counts statements per request after it.
 */
const API_START_UP_WORK_MS = 12_000;

/** Waits until every server's own start-up work is over. */
export async function settled(servers: Server[]): Promise<void> {
  const wait = Math.max(...servers.map((server) => server.settledAt)) - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE_22_PROJECT = path.join(BENCH, 'node22');
const NODE_22 = path.join(NODE_22_PROJECT, 'node_modules/node/bin/node');
/** Connections each server may hold, the API's default pool (DATABASE_POOL_SIZE). */
export const POOL_SIZE = 10;

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/** SIGTERM, then SIGKILL if it has not exited within five seconds. */
async function end(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 5_000).unref());
  if ((await Promise.race([exited(child), late])) === 'late') {
    child.kill('SIGKILL');
    await exited(child);
  }
}

/**
 * Our API as `npm start` runs it, in its own process, with the public response cache on or off.
 * Budgets are lifted: one client on loopback would otherwise measure the rate limiter.
 */
export async function startOurApi(input: {
  main: string;
  databaseUrl: string;
  cached: boolean;
  /** False: every request through Apollo and the resolvers (PUBLIC_API_COMPILED_PLANS). */
  compiledPlans?: boolean;
  dataDir: string;
  logFile: string;
  nodeArgs?: string[];
}): Promise<Server & { process: ApiProcess }> {
  const api = await startApi({
    main: input.main,
    databaseUrl: input.databaseUrl,
    port: await freePort(),
    dataDir: input.dataDir,
    logFile: input.logFile,
    nodeArgs: input.nodeArgs,
    env: {
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      PUBLIC_API_BUDGET: '1000000000',
      PUBLIC_API_REFILL_PER_SECOND: '100000000',
      // Off by both settings: no answer may be kept (max-age 0), and none has room.
      ...(input.cached
        ? { PUBLIC_API_CACHE_SECONDS: '60' }
        : { PUBLIC_API_CACHE_SECONDS: '0', PUBLIC_API_CACHE_MB: '0' }),
      PUBLIC_API_COMPILED_PLANS: String(input.compiledPlans ?? true),
    },
  });
  return {
    name: input.cached ? OURS_CACHED : input.compiledPlans === false ? OURS_RESOLVERS : OURS_UNCACHED,
    pid: api.pid,
    process: api,
    url: () => `${api.url}/graphql`,
    settledAt: performance.now() + API_START_UP_WORK_MS,
    stop: async () => {
      await api.stop(15_000);
    },
  };
}

/**
 * The Node 22 binary of the `node` package in bench/node22, installed there on first use. It is a
 * project of its own, not a dependency of the workspace: npm would link its `node` into
 * node_modules/.bin, and every npm script of the repository would then run on Node 22.
 */
function node22(): string {
  if (!existsSync(NODE_22)) {
    process.stdout.write(
      `Installing Node 22 for PostGraphile into ${path.relative(process.cwd(), NODE_22_PROJECT)}…\n`,
    );
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: NODE_22_PROJECT,
      stdio: 'inherit',
    });
    if (install.status !== 0 || !existsSync(NODE_22)) throw new Error(`npm ci in ${NODE_22_PROJECT} failed`);
  }
  return NODE_22;
}

/** PostGraphile 5 (postgraphile-server.ts) under Node 22, on loopback, once it answers GraphQL. */
export async function startPostGraphile(input: { databaseUrl: string; logFile: string }): Promise<Server> {
  const port = await freePort();
  const log = createWriteStream(input.logFile);
  const child = spawn(node22(), [fileURLToPath(new URL('./postgraphile-server.js', import.meta.url))], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: input.databaseUrl,
      PORT: String(port),
      POOL_SIZE: String(POOL_SIZE),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}/graphql`;
  const server: Server = {
    name: 'PostGraphile 5',
    pid: child.pid ?? 0,
    url: () => url,
    settledAt: 0,
    stop: () => end(child),
  };
  try {
    await waitFor(
      async () => (await post(url, JSON.stringify({ query: '{ __typename }' }))).status === 200,
      () => child.exitCode === null,
      `PostGraphile (log: ${input.logFile})`,
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** The raw Node server (raw-server.ts), in its own process, answering each query's stored bytes. */
export async function startRawServer(answers: StoredAnswer[]): Promise<Server> {
  const port = await freePort();
  const child = fork(fileURLToPath(new URL('./raw-server.js', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the raw Node server exited with ${code}`)));
    child.send({ port, answers } satisfies RawServerRequest);
  });
  return {
    name: 'raw Node server',
    pid: child.pid ?? 0,
    url: (queryKey) => `http://127.0.0.1:${port}/${queryKey}`,
    settledAt: 0,
    stop: () => end(child),
  };
}

export function post(url: string, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

async function waitFor(ready: () => Promise<boolean>, alive: () => boolean, what: string): Promise<void> {
  const until = performance.now() + 120_000;
  while (performance.now() < until) {
    if (!alive()) throw new Error(`${what} exited while starting`);
    try {
      if (await ready()) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer within 120 s`);
}
