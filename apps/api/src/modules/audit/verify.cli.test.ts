import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LoginDocument } from '@zi/schema/admin';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo.js';
import { freePort } from '../../test/free-port.js';
import { type CheckpointClaim, openCheckpoint } from './checkpoints.js';

// Real processes, as a person runs them: the API (`node dist/main.js`) on its embedded PostgreSQL,
// and `audit:verify` beside it. Both come from a private build of the current sources.

const apiDir = fileURLToPath(new URL('../../..', import.meta.url));
const tsc = fileURLToPath(new URL('../../../../../node_modules/.bin/tsc', import.meta.url));
const build = path.join(apiDir, 'dist', `.audit-verify-test-${randomBytes(4).toString('hex')}`);

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: apiDir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let dataDir: string;
let httpPort: number;
let pgPort: number;
let api: ChildProcess | undefined;
let apiOutput = '';
/** The checkpoint the API wrote at shutdown, and where an outsider keeps its published copy. */
let anchored: CheckpointClaim;
const keptCopy = () => `${dataDir}-kept-checkpoint.json`;

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: '',
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  PORT: String(httpPort),
  HOST: '127.0.0.1',
  SEED_DEMO: 'auto',
});
const apiUrl = () => `http://127.0.0.1:${httpPort}`;

async function startApi(): Promise<void> {
  const child = spawn(process.execPath, [path.join(build, 'main.js')], { cwd: apiDir, env: env() });
  api = child;
  child.stdout?.on('data', (chunk) => {
    apiOutput += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    apiOutput += chunk;
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited early:\n${apiOutput}`);
    try {
      if ((await fetch(`${apiUrl()}/healthz`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API did not become healthy:\n${apiOutput}`);
}

/** As a service manager stops it. */
async function stopApi(): Promise<void> {
  const child = api;
  api = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const verifyWith = (overrides: NodeJS.ProcessEnv, ...args: string[]) =>
  run(process.execPath, [path.join(build, 'modules/audit/verify.cli.js'), ...args], {
    ...env(),
    ...overrides,
  });
const verify = (...args: string[]) => verifyWith({}, ...args);

/** Direct SQL on the API's database, as someone with the database's password could do. */
async function sql<T = Record<string, unknown>>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: `postgres://zi:zi@127.0.0.1:${pgPort}/zi` });
  await client.connect();
  try {
    const results = await client.query(text);
    return (Array.isArray(results) ? (results.at(-1)?.rows ?? []) : results.rows) as T[];
  } finally {
    await client.end();
  }
}

/** Runs `statement` with the append-only trigger off: what a superuser can do. */
const aroundTheTrigger = (statement: string) =>
  sql(
    `ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_rewrite; ${statement}; ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_rewrite`,
  );

const eventIds = async () =>
  (await sql<{ id: string }>('SELECT id::text FROM audit_event ORDER BY id')).map((r) => r.id);

/** Each login is an audited write of the running app. */
async function logIn(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const response = await fetch(`${apiUrl()}/admin/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(LoginDocument),
        variables: { input: { email: 'admin@demo.zi.id', password: DEMO_PASSWORD } },
      }),
    });
    expect(response.status).toBe(200);
  }
}

beforeAll(async () => {
  const compiled = await run(tsc, ['-p', 'tsconfig.build.json', '--outDir', build, '--declaration', 'false']);
  if (!existsSync(path.join(build, 'modules/audit/verify.cli.js'))) {
    throw new Error(`the API did not build:\n${compiled.stdout}${compiled.stderr}`);
  }
  dataDir = await mkdtemp(path.join(tmpdir(), 'zi-audit-verify-'));
  [httpPort, pgPort] = [await freePort(), await freePort()];
  await startApi();
}, 240_000);

afterAll(async () => {
  await stopApi();
  await rm(build, { recursive: true, force: true });
  if (dataDir) await Promise.all([dataDir, keptCopy()].map((p) => rm(p, { recursive: true, force: true })));
}, 60_000);

describe('npm run audit:verify', () => {
  it('reads the database of the running API instead of starting a second server on it', async () => {
    await logIn(3);
    const events = (await eventIds()).length;

    const result = await verify();

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`The audit log is intact: ${events} events`);
    expect(result.stdout).toContain(
      `Read the running embedded PostgreSQL of ${dataDir}/postgres (port ${pgPort})`,
    );

    // A shell without the API's EMBEDDED_PG_PORT still finds it, through the server's lock file.
    const otherPort = await verifyWith({ EMBEDDED_PG_PORT: String(pgPort === 65535 ? 65534 : pgPort + 1) });
    expect(otherPort.status).toBe(0);
    expect(otherPort.stdout).toContain(`(port ${pgPort})`);
  }, 60_000);

  it('checks the log against the checkpoint the API signs when it starts, and publishes in open data', async () => {
    const ids = await eventIds();
    await stopApi();
    const whileStopped = await verify();
    expect(whileStopped.status).toBe(0);
    expect(whileStopped.stdout).toContain(`The audit log is intact: ${ids.length} events`);
    expect(whileStopped.stdout).toContain('started for this check');

    await startApi();
    const written = (
      await readFile(path.join(dataDir, 'audit-checkpoints/checkpoints.jsonl'), 'utf8')
    ).trim();
    anchored = openCheckpoint(JSON.parse(written.split('\n').at(-1) ?? ''));
    expect(anchored).toMatchObject({ events: ids.length, headId: ids.at(-1) });
    const published = await fetch(`${apiUrl()}/open-data/audit-checkpoint.json`);
    expect(published.status).toBe(200);
    const copy = await published.text();
    expect(openCheckpoint(JSON.parse(copy))).toEqual(anchored);
    await writeFile(keptCopy(), copy);

    const result = await verify();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`anchors the first ${ids.length} events`);
  }, 120_000);

  it('names a cut tail: the newest events removed, below what a checkpoint recorded', async () => {
    await logIn(2);
    const ids = await eventIds();
    const beforeHead = ids[ids.indexOf(anchored.headId) - 1];
    await aroundTheTrigger(`DELETE FROM audit_event WHERE id >= ${anchored.headId}`);

    const result = await verify();

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The audit log has been cut');
    expect(result.stderr).toContain(
      `the newest events after event ${beforeHead}, up to event ${anchored.headId}, were removed (at least 1)`,
    );
  }, 60_000);

  it("still names the cut with an outsider's copy when the data folder's checkpoints are gone", async () => {
    await rm(path.join(dataDir, 'audit-checkpoints'), { recursive: true });
    const withoutAnchor = await verify();
    expect(withoutAnchor.status).toBe(0);
    expect(withoutAnchor.stdout).toContain('No checkpoint to compare with');

    const result = await verify('--checkpoint', keptCopy());

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The audit log has been cut');
    expect(result.stderr).toContain(keptCopy());
  }, 60_000);

  it('names the first broken event when a row in the middle is changed', async () => {
    const ids = await eventIds();
    const middle = ids[Math.floor(ids.length / 2)];
    await aroundTheTrigger(`UPDATE audit_event SET ip = '203.0.113.9' WHERE id = ${middle}`);

    const result = await verify();

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The audit log is broken at event ${middle} `);
  }, 60_000);
});
