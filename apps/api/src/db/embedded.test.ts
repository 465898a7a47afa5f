import childProcess, { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LoginDocument } from '@zi/schema/admin';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCheckpoint } from '../modules/audit/checkpoints.js';
import { freePort } from '../test/free-port.js';
import { startInItsOwnProcessGroup } from './embedded.js';
import { DEMO_PASSWORD } from './seed/demo.js';

// The real API as `npm start` runs it, built (`turbo run test` builds first).
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const START_TIMEOUT_MS = 30_000;
// Generous: a test starts the API up to three times, on a busy 2-core machine.
const TEST_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

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

/** The fields of /proc/<pid>/stat from the 3rd (state) on; undefined when `pid` runs nothing. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Alive and not a zombie (a reparented zombie may never be reaped here, yet holds nothing). */
function isRunning(pid: number): boolean {
  const fields = statFields(pid);
  return fields !== undefined && fields[0] !== 'Z';
}

const processGroupOf = (pid: number) => Number(statFields(pid)?.[2]);

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(statFields(Number(entry))?.[1]) === pid)
    .map(Number);
}

/**
 * Root without CAP_SYS_PTRACE, as in a Docker container by default, may not read the working
 * directory of another user's process: of the server, which runs as `postgres`. capsh runs the API
 * so (`exec` keeps its PID: signals reach the API itself).
 */
const WITHOUT_PTRACE = ['capsh', '--drop=cap_sys_ptrace', '--', '-c', 'exec "$@"', 'capsh'];
const isRoot = process.getuid?.() === 0;
const hasCapsh = spawnSync('capsh', ['--help'], { stdio: 'ignore' }).error === undefined;
const withoutPtraceSkipped = !isRoot
  ? 'the tests do not run as root: the server runs as this user, whose /proc entries it can read anyway'
  : !hasCapsh && !process.env.CI
    ? 'capsh is missing (apt-get install libcap2-bin)'
    : undefined;
if (withoutPtraceSkipped) {
  console.warn(
    `\n*** embedded.test.ts: NOT testing the embedded database as root without CAP_SYS_PTRACE (Docker's default): ${withoutPtraceSkipped} ***\n`,
  );
}

/** A data folder with its own ports, and the API running on it, if any. */
class Installation {
  api: ApiRun | undefined;
  /** postmaster.pid as a running server wrote it, to forge what a power cut leaves. */
  lockText = '';
  readonly strays: ChildProcess[] = [];

  private constructor(
    readonly dataDir: string,
    readonly ports: { api: number; database: number },
    readonly launcher: string[],
    readonly seedDemo: 'auto' | 'never',
  ) {}

  static async create(launcher: string[], seedDemo: 'auto' | 'never' = 'never'): Promise<Installation> {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first`);
    if (launcher[0] === 'capsh' && !hasCapsh)
      throw new Error('capsh is missing: .ci/run installs libcap2-bin');
    const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-embedded-'));
    return new Installation(
      dataDir,
      { api: await freePort(), database: await freePort() },
      launcher,
      seedDemo,
    );
  }

  get databaseDir(): string {
    return path.join(this.dataDir, 'postgres');
  }

  get lockFile(): string {
    return path.join(this.databaseDir, 'postmaster.pid');
  }

  get url(): string {
    return `http://127.0.0.1:${this.ports.api}`;
  }

  /** Runs the API through the launcher, as `npm start` would, in a process group of its own. */
  private launch(env: Record<string, string>): ChildProcess {
    const { DATABASE_URL: _external, ...inherited } = process.env;
    const [command = process.execPath, ...args] = [...this.launcher, process.execPath, MAIN];
    return spawn(command, args, {
      env: {
        ...inherited,
        DATA_DIR: this.dataDir,
        SEED_DEMO: this.seedDemo,
        HOST: '127.0.0.1',
        EMBEDDED_PG_PORT: String(this.ports.database),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // As a terminal gives `npm start`: Ctrl-C signals the group.
      detached: true,
    });
  }

  private watch(child: ChildProcess): ApiRun & { gone: () => boolean } {
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
    return { child, output: () => output, exited, gone: () => gone };
  }

  /** Starts the API and waits until it answers; it becomes `this.api`. */
  async start(): Promise<ApiRun> {
    const run = this.watch(this.launch({ PORT: String(this.ports.api) }));
    await waitFor(
      async () => {
        if (run.gone()) throw new Error(`the API exited while starting:\n${run.output()}`);
        const response = await fetch(`${this.url}/healthz`).catch(() => undefined);
        return response?.status === 200;
      },
      START_TIMEOUT_MS,
      'the API to answer /healthz',
    );
    this.api = run;
    this.lockText = await readFile(this.lockFile, 'utf8');
    return run;
  }

  /** The running API, started first when none runs: what each test begins from. */
  async running(): Promise<ApiRun> {
    return this.api ?? (await this.start());
  }

  /** A start expected to fail: its exit status and output. */
  async startRefused(): Promise<{ status: number | null; output: string }> {
    const run = this.watch(this.launch({ PORT: '0', EMBEDDED_PG_PORT: String(await freePort()) }));
    const timeout = setTimeout(() => run.child.kill('SIGKILL'), START_TIMEOUT_MS);
    await run.exited;
    clearTimeout(timeout);
    return { status: run.child.exitCode, output: run.output() };
  }

  async stop(): Promise<void> {
    this.api?.child.kill('SIGTERM');
    await this.api?.exited;
    this.api = undefined;
  }

  serverPid(): number {
    return Number(readFileSync(this.lockFile, 'utf8').split('\n')[0]);
  }

  /** A lock file naming `pid`, owned like the real one so the server could read it. */
  async forgeLockFile(pid: number): Promise<void> {
    await writeFile(this.lockFile, this.lockText.replace(/^\d+/, String(pid)), { mode: 0o600 });
    const owner = await stat(this.databaseDir);
    await chown(this.lockFile, owner.uid, owner.gid);
  }

  /**
   * Starts this folder's server the way something other than this API would (no parent setting),
   * through a small Node program that stays its parent or, with `orphan`, exits at once. Returns
   * the server's PID once it accepts connections.
   */
  async startServerByHand(orphan: boolean): Promise<number> {
    await this.running(); // its server's command line names the binary
    const binary = readFileSync(`/proc/${this.serverPid()}/cmdline`, 'utf8').split('\0')[0] ?? '';
    await this.stop();
    const owner = await stat(this.databaseDir);
    const starter = orphan
      ? "require('node:child_process').spawn(process.argv[1], process.argv.slice(2), { stdio: 'ignore' }).unref();"
      : "require('node:child_process').spawn(process.argv[1], process.argv.slice(2), { stdio: 'ignore' }).on('exit', () => process.exit());";
    const args = [binary, '-D', this.databaseDir, '-p', String(this.ports.database), '-k', ''];
    this.strays.push(
      spawn(process.execPath, ['-e', starter, ...args], { uid: owner.uid, gid: owner.gid, stdio: 'ignore' }),
    );
    await waitFor(
      async () => (await readFile(this.lockFile, 'utf8').catch(() => '')).split('\n')[7]?.trim() === 'ready',
      START_TIMEOUT_MS,
      'the server started by hand to accept connections',
    );
    return this.serverPid();
  }

  async remove(): Promise<void> {
    await this.stop();
    for (const stray of this.strays) stray.kill('SIGKILL');
    const server = existsSync(this.lockFile) ? this.serverPid() : 0;
    if (server > 0 && isRunning(server)) {
      process.kill(server, 'SIGINT');
      await waitFor(() => !isRunning(server), STOP_TIMEOUT_MS, `postgres ${server} to stop`);
    }
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

function lifeAndDeathScenarios(launcher: string[]) {
  let home: Installation;

  beforeAll(async () => {
    home = await Installation.create(launcher);
  });

  afterAll(async () => {
    await home?.remove();
  }, TEST_TIMEOUT_MS);

  it(
    'kill -9 of the API stops its database, and the next start answers',
    async () => {
      const api = await home.running();
      const server = home.serverPid();
      api.child.kill('SIGKILL');
      await api.exited;
      home.api = undefined;
      await waitFor(
        () => !isRunning(server),
        STOP_TIMEOUT_MS,
        `postgres ${server} to stop after its API died`,
      );
      await home.start();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a lock file naming a PID that is gone (a power cut) is removed, and the start says so',
    async () => {
      await home.running();
      await home.stop();
      const dead = spawnSync('true').pid;
      await home.forgeLockFile(dead);
      const api = await home.start();
      expect(api.output()).toMatch(/removed a stale lock file; its server is gone/);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a lock file naming a PID reused by an unrelated program: the lock is removed, the program left alone',
    async () => {
      await home.running();
      await home.stop();
      // A program of the user the server runs as, as after a reboot: PostgreSQL alone takes it for
      // a live postmaster.
      const owner = await stat(home.databaseDir);
      const sleeper = spawn('sleep', ['120'], { uid: owner.uid, gid: owner.gid, stdio: 'ignore' });
      home.strays.push(sleeper);
      await home.forgeLockFile(sleeper.pid ?? 0);
      const api = await home.start();
      expect(api.output()).toMatch(/removed a stale lock file; its PID now belongs to another program/);
      expect(isRunning(sleeper.pid ?? 0)).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a server an earlier run left running in this folder is stopped cleanly, then started anew',
    async () => {
      const api = await home.running();
      const server = home.serverPid();
      // Its watchdog killed too (an older version had none): the server outlives the API.
      const watchdogs = childrenOf(api.child.pid ?? 0).filter((child) => child !== server);
      for (const watchdog of watchdogs) process.kill(watchdog, 'SIGKILL');
      api.child.kill('SIGKILL');
      await api.exited;
      home.api = undefined;
      expect(isRunning(server)).toBe(true);
      const next = await home.start();
      expect(next.output()).toMatch(/stopping the server an earlier run left running/);
      expect(isRunning(server)).toBe(false);
      expect(home.serverPid()).not.toBe(server);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a second API on the same data folder is refused, and the running one keeps its database',
    async () => {
      await home.running();
      const server = home.serverPid();
      const second = await home.startRefused();
      expect(second.status).toBe(1);
      expect(second.output).toMatch(/in use by the process that started it/);
      expect(second.output).not.toMatch(/removed a stale lock file/);
      // PostgreSQL re-reads its lock file every minute and shuts down when it is gone.
      expect(home.serverPid()).toBe(server);
      expect(isRunning(server)).toBe(true);
      expect((await fetch(`${home.url}/healthz`)).status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a server of this folder started otherwise, whose starter still runs, is refused and named',
    async () => {
      const server = await home.startServerByHand(false);
      const refused = await home.startRefused();
      expect(refused.status).toBe(1);
      expect(refused.output).toMatch(
        new RegExp(`started by another program runs in .* \\(PID ${server}, started by PID`),
      );
      expect(isRunning(server)).toBe(true);
      expect(home.serverPid()).toBe(server);
      process.kill(server, 'SIGINT');
      await waitFor(() => !isRunning(server), STOP_TIMEOUT_MS, `postgres ${server} to stop`);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a server of this folder started otherwise, whose starter is gone, is stopped cleanly, then started anew',
    async () => {
      const server = await home.startServerByHand(true);
      await waitFor(() => !isRunning(home.strays.at(-1)?.pid ?? 0), STOP_TIMEOUT_MS, 'the starter to exit');
      const api = await home.start();
      expect(api.output()).toMatch(/stopping the server an earlier run left running/);
      expect(isRunning(server)).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );
}

describe('the embedded database lives and dies with the API', () => {
  lifeAndDeathScenarios([]);
});

describe.skipIf(withoutPtraceSkipped !== undefined)(
  "the embedded database lives and dies with the API, run by root without CAP_SYS_PTRACE (Docker's default)",
  () => {
    lifeAndDeathScenarios(WITHOUT_PTRACE);
  },
);

/** The audit chain's newest event and the number of events, read from the API's database. */
async function auditHead(installation: Installation): Promise<{ id: string; events: number }> {
  const client = new pg.Client(`postgres://zi:zi@127.0.0.1:${installation.ports.database}/zi`);
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; events: number }>(
      'SELECT id::text AS id, (SELECT count(*) FROM audit_event)::int AS events FROM audit_event ORDER BY id DESC LIMIT 1',
    );
    return rows[0] ?? { id: '', events: 0 };
  } finally {
    await client.end();
  }
}

async function latestCheckpoint(installation: Installation) {
  const text = await readFile(path.join(installation.dataDir, 'audit-checkpoints', 'latest.json'), 'utf8');
  return openCheckpoint(JSON.parse(text));
}

describe('Ctrl-C and SIGTERM drain the API before its database stops', () => {
  let installation: Installation | undefined;

  afterEach(async () => {
    await installation?.remove();
    installation = undefined;
  }, TEST_TIMEOUT_MS);

  it.each([
    ['Ctrl-C (SIGINT to its process group)', (run: ApiRun) => process.kill(-(run.child.pid ?? 0), 'SIGINT')],
    ['SIGTERM', (run: ApiRun) => run.child.kill('SIGTERM')],
  ])(
    '%s: the last audit checkpoint covers a write made just before',
    async (_signal, stop) => {
      installation = await Installation.create([], 'auto');
      const api = await installation.running();
      // The start's own checkpoint (of the demo data) first; the next is due in 5 minutes.
      await waitFor(
        () => /"audit checkpoint written"/.test(api.output()),
        START_TIMEOUT_MS,
        'the first audit checkpoint',
      );
      const login = await fetch(`${installation.url}/admin/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: print(LoginDocument),
          variables: { input: { email: 'admin@demo.zi.id', password: DEMO_PASSWORD } },
        }),
      });
      expect(await login.json()).not.toHaveProperty('errors');
      const head = await auditHead(installation);
      expect((await latestCheckpoint(installation)).headId).not.toBe(head.id);
      const server = installation.serverPid();

      stop(api);
      await api.exited;
      installation.api = undefined;

      expect(api.child.exitCode).toBe(0);
      expect(api.output()).toMatch(/"message":"stopped"/);
      expect(api.output()).not.toMatch(/audit checkpoint not written|shutting down/);
      const last = await latestCheckpoint(installation);
      expect({ headId: last.headId, events: last.events }).toEqual({ headId: head.id, events: head.events });
      await waitFor(() => !isRunning(server), STOP_TIMEOUT_MS, `postgres ${server} to stop with its API`);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('the server alone is spawned in a process group of its own', () => {
  const SERVER = process.execPath;
  const spawnedBy = (command: string) => childProcess.spawn(command, ['-e', 'setTimeout(() => {}, 10000)']);
  const running: ChildProcess[] = [];

  afterEach(() => {
    for (const child of running.splice(0)) child.kill('SIGKILL');
  });

  it("anything else spawned during the start stays in the API's group, and spawn is itself again", async () => {
    const original = childProcess.spawn;
    // Whether each child leads a process group of its own.
    const leaders = await new Promise<Record<string, boolean>>((resolve, reject) => {
      startInItsOwnProcessGroup(
        {
          start: async () => {
            const before = spawnedBy('node');
            const server = spawnedBy(SERVER);
            const after = spawnedBy('node');
            running.push(before, server, after);
            const leads = (child: ChildProcess) => processGroupOf(child.pid ?? 0) === child.pid;
            resolve({ before: leads(before), server: leads(server), after: leads(after) });
          },
        },
        SERVER,
      ).catch(reject);
    });
    expect(leaders).toEqual({ before: false, server: true, after: false });
    expect(childProcess.spawn).toBe(original);
  });

  it('a start that fails before spawning the server puts spawn back', async () => {
    const original = childProcess.spawn;
    await expect(
      startInItsOwnProcessGroup({ start: () => Promise.reject(new Error('no binary')) }, SERVER),
    ).rejects.toThrow('no binary');
    expect(childProcess.spawn).toBe(original);
  });
});
