import 'reflect-metadata';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@zi/api/dist/db/seed/demo.js';
import type { Unit } from '@zi/api/dist/modules/units/unit.entity.js';
import { unitsToCsv, unitsToXlsx } from '@zi/api/dist/modules/units/unit-sheet.write.js';
import type { DataSource } from 'typeorm';
import { freePort, startBenchDatabase } from './database.js';
import { type ApiProcess, startApi } from './deadline/api-process.js';

/**
 * `npm run bench:import -- --rows 100000`: the Inspektorat's unit import of a large file, CSV and
 * XLSX, preview and commit, against the API as its own process (decision 0032), a fresh one for each
 * request so that its memory is that request's alone. For each request it prints the answer, the
 * time, the size of the answer, the API's resident memory before and at its peak while it ran, and
 * the longest SQL statement seen in pg_stat_activity (sampled every 10 ms).
 */

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');
const API_MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/api/dist/main.js');
const SAMPLE_MS = 10;
const KINDS = ['dinas', 'badan', 'rsud', 'puskesmas', 'school', 'kecamatan', 'other'] as const;

function readRows(args: string[]): number {
  const index = args.indexOf('--rows');
  const rows = index >= 0 ? Number(args[index + 1]) : 100_000;
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows takes a whole number of rows');
  return rows;
}

/** `count` units in the export's shape, codes and names starting with `prefix`. */
function units(prefix: string, count: number, address = 'Kelurahan Contoh'): Unit[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(6, '0');
    return {
      code: `${prefix}-${n}`,
      name: `Unit ${prefix} ${n}`,
      kind: KINDS[index % KINDS.length],
      regionCode: '64.71.01',
      address: `Jl. Jenderal Sudirman No. ${index + 1}, ${address}`,
      headName: `Drs. Kepala Unit ${prefix} ${n}`,
      servesPublic: index % 2 === 0,
    } as Unit;
  });
}

/** The API's resident memory now, in MB, from /proc. */
async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

interface Measured {
  label: string;
  status: number;
  seconds: number;
  answerBytes: number;
  summary: string;
  rssBeforeMb: number;
  rssPeakMb: number;
  longestStatementMs: number;
  longestStatement: string;
  /** Seconds some statement of each kind ("INSERT INTO unit") was seen running. */
  sqlSeconds: Map<string, number>;
}

/** A statement's kind: its first words, up to the table it works on. */
const kindOf = (query: string) =>
  /^\s*(SELECT .*? FROM \w+|INSERT INTO \w+|UPDATE \w+|DELETE FROM \w+|\w+)/is
    .exec(query)?.[1]
    ?.replace(/\s+/g, ' ')
    .replace(/^SELECT .* FROM/i, 'SELECT … FROM') ?? query.slice(0, 30);

/** Samples the API's memory and the database's running statements while `work` runs. */
async function measure(
  label: string,
  api: ApiProcess,
  dataSource: DataSource,
  work: () => Promise<Response>,
): Promise<Measured> {
  const rssBeforeMb = await residentMb(api.pid);
  let rssPeakMb = rssBeforeMb;
  let longestStatementMs = 0;
  let longestStatement = '';
  const sqlSeconds = new Map<string, number>();
  let sampling = true;
  let sampledAt = performance.now();
  const sampler = (async () => {
    while (sampling) {
      rssPeakMb = Math.max(rssPeakMb, await residentMb(api.pid));
      const running = (await dataSource.query(
        `SELECT (extract(epoch FROM clock_timestamp() - query_start) * 1000)::float8 AS ms, left(query, 400) AS query
           FROM pg_stat_activity
          WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'
          ORDER BY query_start LIMIT 1`,
      )) as { ms: number; query: string }[];
      const [oldest] = running;
      const now = performance.now();
      if (oldest) {
        const kind = kindOf(oldest.query);
        sqlSeconds.set(kind, (sqlSeconds.get(kind) ?? 0) + (now - sampledAt) / 1_000);
      }
      sampledAt = now;
      if (oldest && oldest.ms > longestStatementMs) {
        longestStatementMs = oldest.ms;
        longestStatement = oldest.query.replace(/\s+/g, ' ').slice(0, 90);
      }
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  const started = performance.now();
  const response = await work();
  const text = await response.text();
  const seconds = (performance.now() - started) / 1_000;
  sampling = false;
  await sampler;
  let summary = text.slice(0, 200);
  try {
    const report = JSON.parse(text) as { committed: boolean; summary: object; problemCount: number };
    summary = `committed ${report.committed}, ${JSON.stringify(report.summary)}, problems ${report.problemCount}`;
  } catch {}
  return {
    label,
    status: response.status,
    seconds,
    answerBytes: text.length,
    summary,
    rssBeforeMb,
    rssPeakMb,
    longestStatementMs,
    longestStatement,
    sqlSeconds,
  };
}

async function logIn(url: string): Promise<string> {
  const response = await fetch(`${url}/admin/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { name } }',
      variables: { input: { email: 'admin@demo.zi.id', password: DEMO_PASSWORD } },
    }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie) throw new Error(`login failed: HTTP ${response.status} ${await response.text()}`);
  return cookie;
}

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;

function formatReport(
  rows: number,
  files: Record<string, number>,
  results: Measured[],
  audit: string,
): string {
  return [
    `Unit import of ${rows.toLocaleString('en')} rows, ${new Date().toISOString()}`,
    `Files: ${Object.entries(files)
      .map(([name, bytes]) => `${name} ${(bytes / 1_048_576).toFixed(1)} MB`)
      .join(', ')}.`,
    '',
    row([
      'request',
      'HTTP',
      's',
      'answer KB',
      'API RSS before MB',
      'API RSS peak MB',
      'longest SQL ms',
      'longest SQL',
    ]),
    row(['---', '---', '---', '---', '---', '---', '---', '---']),
    ...results.map((result) =>
      row([
        result.label,
        result.status,
        result.seconds.toFixed(1),
        (result.answerBytes / 1024).toFixed(0),
        result.rssBeforeMb.toFixed(0),
        result.rssPeakMb.toFixed(0),
        result.longestStatementMs.toFixed(0),
        `\`${result.longestStatement}\``,
      ]),
    ),
    '',
    ...results.map((result) => `${result.label}: ${result.summary}`),
    '',
    'Seconds a statement of each kind was seen running (sampled):',
    ...results.map(
      (result) =>
        `  ${result.label}: ${
          [...result.sqlSeconds]
            .sort(([, a], [, b]) => b - a)
            .map(([kind, seconds]) => `${kind} ${seconds.toFixed(1)}`)
            .join(', ') || 'none'
        }`,
    ),
    '',
    `Audit: ${audit}`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const rows = readRows(process.argv.slice(2));
  await mkdir(RESULTS, { recursive: true });
  const apiDataDir = await mkdtemp(path.join(tmpdir(), 'zi-import-api-'));
  const database = await startBenchDatabase();
  let api: ApiProcess | undefined;
  try {
    const { dataSource } = database;
    process.stdout.write(`Writing the files of ${rows} units…\n`);
    const csv = unitsToCsv(units('CSV', rows));
    const xlsx = await unitsToXlsx(units('XLSX', rows));
    const moved = unitsToCsv(units('CSV', rows, 'Kelurahan Baru'));
    const bad = unitsToCsv(units('BAD', rows).map((unit) => ({ ...unit, regionCode: '6' }) as Unit));
    const files = {
      CSV: Buffer.byteLength(csv),
      XLSX: xlsx.length,
      'CSV of updates': Buffer.byteLength(moved),
    };
    const steps: Array<[string, string | Buffer, boolean]> = [
      ['preview CSV (new units)', csv, false],
      ['commit CSV (new units)', csv, true],
      ['preview XLSX (new units)', xlsx, false],
      ['commit XLSX (new units)', xlsx, true],
      ['commit CSV (every unit updated)', moved, true],
      ['preview CSV (every row wrong)', bad, false],
    ];
    const results: Measured[] = [];
    for (const [label, file, commit] of steps) {
      process.stdout.write(`${label}…\n`);
      const running = await startApi({
        main: API_MAIN,
        databaseUrl: (dataSource.options as { url?: string }).url ?? '',
        port: await freePort(),
        dataDir: apiDataDir,
        logFile: path.join(RESULTS, 'unit-import-api.log'),
      });
      api = running;
      const cookie = await logIn(running.url);
      results.push(
        await measure(label, running, dataSource, () =>
          fetch(`${running.url}/admin/units/import?commit=${commit}`, {
            method: 'POST',
            headers: {
              cookie,
              'content-type': 'application/octet-stream',
              'apollo-require-preflight': 'true',
            },
            body: file,
          }),
        ),
      );
      await running.stop(15_000);
      api = undefined;
    }
    const [event] = (await dataSource.query(
      `SELECT count(*)::int AS events, max(octet_length(after::text) + octet_length(coalesce(before::text, ''))) AS bytes
         FROM audit_event WHERE action = 'units.import'`,
    )) as { events: number; bytes: number }[];
    const audit = `${event?.events} units.import events; the largest holds ${((event?.bytes ?? 0) / 1_048_576).toFixed(1)} MB of JSON.`;
    const text = formatReport(rows, files, results, audit);
    process.stdout.write(`\n${text}`);
    const file = path.join(RESULTS, `unit-import-${rows}-rows.md`);
    await writeFile(file, text);
    process.stdout.write(`written to ${path.relative(process.cwd(), file)}\n`);
  } finally {
    await api?.stop(15_000);
    await database.stop();
    await rm(apiDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
