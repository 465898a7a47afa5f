import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../test/free-port.js';

// The real API as `npm start` runs it, built (`turbo run test` builds first).
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 60_000;

interface ApiRun {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr. */
  output: () => string;
  exited: Promise<void>;
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`still waiting after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Alive and not a zombie (a reparented zombie may never be reaped here, yet holds nothing). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('the embedded database lives and dies with the API', () => {
  let dataDir: string;
  let lockFile: string;
  /** postmaster.pid as a running server wrote it, to forge what a power cut leaves. */
  let lockText: string;
  let ports: { api: number; database: number };
  let api: ApiRun | undefined;
  const strays: ChildProcess[] = [];

  async function startApi(): Promise<ApiRun> {
    const { DATABASE_URL: _external, ...env } = process.env;
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...env,
        DATA_DIR: dataDir,
        SEED_DEMO: 'never',
        HOST: '127.0.0.1',
        PORT: String(ports.api),
        EMBEDDED_PG_PORT: String(ports.database),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // A process group of its own, as a terminal gives `npm start`: Ctrl-C signals the group.
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    let gone = false;
    const exited = new Promise<void>((resolve) =>
      child.once('exit', () => {
        gone = true;
        resolve();
      }),
    );
    const run = { child, output: () => output, exited };
    await waitFor(
      async () => {
        if (gone) throw new Error(`the API exited while starting:\n${output}`);
        const response = await fetch(`http://127.0.0.1:${ports.api}/healthz`).catch(() => undefined);
        return response?.status === 200;
      },
      START_TIMEOUT_MS,
      'the API to answer /healthz',
    );
    return run;
  }

  async function stopApi(): Promise<void> {
    api?.child.kill('SIGTERM');
    await api?.exited;
    api = undefined;
  }

  function serverPid(): number {
    return Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  }

  /** A lock file naming `pid`, owned like the real one so the server could read it. */
  async function forgeLockFile(pid: number): Promise<void> {
    await writeFile(lockFile, lockText.replace(/^\d+/, String(pid)), { mode: 0o600 });
    const owner = await stat(path.dirname(lockFile));
    await chown(lockFile, owner.uid, owner.gid);
  }

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first`);
    dataDir = await mkdtemp(path.join(tmpdir(), 'zi-embedded-'));
    lockFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    ports = { api: await freePort(), database: await freePort() };
    api = await startApi();
    lockText = await readFile(lockFile, 'utf8');
  }, TEST_TIMEOUT_MS);

  afterAll(async () => {
    await stopApi();
    for (const stray of strays) stray.kill('SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, TEST_TIMEOUT_MS);

  it(
    'kill -9 of the API stops its database, and the next start answers',
    async () => {
      const server = serverPid();
      api?.child.kill('SIGKILL');
      await api?.exited;
      await waitFor(() => !isRunning(server), 10_000, `postgres ${server} to stop after its API died`);
      api = await startApi();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a lock file naming a PID that is gone (a power cut) is removed, and the start says so',
    async () => {
      await stopApi();
      const dead = spawnSync('true').pid;
      await forgeLockFile(dead);
      api = await startApi();
      expect(api.output()).toMatch(/removed a stale lock file; its server is gone/);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a lock file naming a PID reused by an unrelated program: the lock is removed, the program left alone',
    async () => {
      await stopApi();
      // A program of the user the server runs as, as after a reboot: PostgreSQL alone takes it for
      // a live postmaster.
      const owner = await stat(path.dirname(lockFile));
      const sleeper = spawn('sleep', ['120'], { uid: owner.uid, gid: owner.gid, stdio: 'ignore' });
      strays.push(sleeper);
      await forgeLockFile(sleeper.pid ?? 0);
      api = await startApi();
      expect(api.output()).toMatch(/removed a stale lock file; its PID now belongs to another program/);
      expect(isRunning(sleeper.pid ?? 0)).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a server an earlier run left running in this folder is stopped cleanly, then started anew',
    async () => {
      const server = serverPid();
      // Its watchdog killed too (an older version had none): the server outlives the API.
      const watchdogs = childrenOf(api?.child.pid ?? 0).filter((child) => child !== server);
      for (const watchdog of watchdogs) process.kill(watchdog, 'SIGKILL');
      api?.child.kill('SIGKILL');
      await api?.exited;
      expect(isRunning(server)).toBe(true);
      api = await startApi();
      expect(api.output()).toMatch(/stopping the server an earlier run left running/);
      expect(isRunning(server)).toBe(false);
      expect(serverPid()).not.toBe(server);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'Ctrl-C and SIGTERM drain the API before its database stops: the last audit checkpoint is written',
    async () => {
      const ctrlC = (run: ApiRun) => process.kill(-(run.child.pid ?? 0), 'SIGINT');
      const sigterm = (run: ApiRun) => run.child.kill('SIGTERM');
      for (const stop of [ctrlC, sigterm]) {
        const server = serverPid();
        const running = api as ApiRun;
        stop(running);
        await running.exited;
        expect(running.child.exitCode).toBe(0);
        expect(running.output()).toMatch(/"message":"stopped"/);
        expect(running.output()).not.toMatch(/audit checkpoint not written|shutting down/);
        await waitFor(() => !isRunning(server), 10_000, `postgres ${server} to stop with its API`);
        api = await startApi();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a second API on the same data folder is refused, and the running one keeps its database',
    async () => {
      const server = serverPid();
      const second = spawnSync(process.execPath, [MAIN], {
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: 'never', PORT: '0' },
        encoding: 'utf8',
        timeout: START_TIMEOUT_MS,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/in use by the process that started it/);
      expect(isRunning(server)).toBe(true);
      expect((await fetch(`http://127.0.0.1:${ports.api}/healthz`)).status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );
});
