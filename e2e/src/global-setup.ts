import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string | null;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited early:\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not become healthy:\n${output.join('')}`);
}

function chromiumOrSkip(): string | null {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const message = `Chromium not found at ${CHROMIUM} (apt-get install -y chromium).`;
  if (process.env.CI === 'true') throw new Error(`${message} Browser tests are mandatory in CI.`);
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n  BROWSER TESTS SKIPPED: ${message}\n${line}\n`);
  return null;
}

/**
 * Starts the built API exactly as `npm start` does (embedded PostgreSQL, migrations, demo data,
 * both apps served) in a temporary data folder, on free ports.
 */
/** The built API on a fresh embedded database with the demo data; `stop` ends both. */
export async function startApiProcess(): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-e2e-'));
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [path.join(repoRoot, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      SEED_DEMO: 'auto',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));

  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, output);
  return {
    baseUrl,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const chromiumPath = chromiumOrSkip();
  project.provide('chromiumPath', chromiumPath);
  project.provide('baseUrl', '');
  if (!chromiumPath) return;
  const api = await startApiProcess();
  project.provide('baseUrl', api.baseUrl);
  return api.stop;
}
