import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface ApiProcess {
  pid: number;
  url: string;
  /** SIGTERM (the API drains and closes its pool), then SIGKILL if it has not exited in `graceMs`. */
  stop(graceMs: number): Promise<{ how: 'exited' | 'killed'; ms: number }>;
  /** Whether it is still running: false once it exited on its own (a crash). */
  running(): boolean;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/**
 * Starts the API as `npm start` runs it (`node apps/api/dist/main.js`, or `main`), on `databaseUrl`, on a
 * loopback port, with its log in `logFile`. It trusts X-Forwarded-For from loopback, so that each virtual user
 * arrives from its own address as people behind a reverse proxy do: per-address limits (the public
 * budget, login throttling) then apply per person, not to the whole bench on 127.0.0.1.
 */
export async function startApi(input: {
  main: string;
  databaseUrl: string;
  port: number;
  dataDir: string;
  logFile: string;
  /** Settings beyond these, e.g. the public API's budget and cache. */
  env?: Record<string, string>;
  /** Node's own flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}): Promise<ApiProcess> {
  const log = createWriteStream(input.logFile);
  const child = spawn(process.execPath, [...(input.nodeArgs ?? []), input.main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: input.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(input.port),
      DATA_DIR: input.dataDir,
      SEED_DEMO: 'never',
      COOKIE_SECURE: 'false',
      // The bench plays the reverse proxy on loopback: each user's address is the one it forwards.
      TRUST_PROXY: 'loopback',
      ...input.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  // What it said last, to explain a failed start without opening the log.
  let lastWords = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    lastWords = (lastWords + chunk.toString('utf8')).slice(-1_000);
  });
  const url = `http://127.0.0.1:${input.port}`;
  const api: ApiProcess = {
    pid: child.pid ?? 0,
    url,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop(graceMs) {
      const started = performance.now();
      if (!api.running()) return { how: 'exited', ms: 0 };
      child.kill('SIGTERM');
      const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs).unref());
      const how = (await Promise.race([exited(child), timer])) === 'late' ? 'killed' : 'exited';
      if (how === 'killed') {
        child.kill('SIGKILL');
        await exited(child);
      }
      log.end();
      return { how, ms: performance.now() - started };
    },
  };
  await waitUntilHealthy(api, 60_000, () => `${input.logFile} ends with:\n${lastWords}`);
  return api;
}

async function waitUntilHealthy(api: ApiProcess, withinMs: number, log: () => string): Promise<void> {
  const until = performance.now() + withinMs;
  while (performance.now() < until) {
    if (!api.running()) throw new Error(`the API exited while starting; ${log()}`);
    try {
      const response = await fetch(`${api.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await api.stop(5_000);
  throw new Error(`the API did not answer /healthz within ${withinMs / 1_000} s; ${log()}`);
}
