import 'reflect-metadata';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, startBenchDatabase } from './database.js';
import { startApi } from './deadline/api-process.js';
import { inOwnProcess } from './load-process.js';
import type { SubmitLoad, SubmitResult } from './survey/submit-worker.js';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');
const WORKER = fileURLToPath(new URL('./survey/submit-worker.js', import.meta.url));
/** The issue's bar: a busy hospital counter's burst. */
const TARGET_RATE = 200;
const TARGET_P99_MS = 300;

const submitLoad = (load: SubmitLoad) => inOwnProcess<SubmitLoad, SubmitResult>(WORKER, load);

/** A whole, valid form of the period: every statement rated, the first service, the start token. */
function formBody(html: string): string {
  const form = new URLSearchParams({ t: /name="t" value="([^"]+)"/.exec(html)?.[1] ?? '' });
  const service = /<option>([^<]+)<\/option>/.exec(html)?.[1];
  if (service) form.set('layanan', service);
  for (const [, field] of html.matchAll(/name="(r\.[^"]+)" value="1"/g)) form.set(field ?? '', '4');
  return form.toString();
}

/**
 * The public survey form under a counter's burst (issue 16): the built API on an embedded
 * PostgreSQL with the demo data, one open period, and the load generator in its own process
 * holding `--rate` submissions a second for `--duration` seconds, each from a new phone and
 * address. Prints the rate held, p50 and p99, the answers by status, and checks that the database
 * holds exactly the responses answered 303. `npm run bench:survey -- --rate 200 --duration 20`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: String(TARGET_RATE) },
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '50' },
    },
  });
  const rate = Number(values.rate);
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  const database = await startBenchDatabase();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-survey-'));
  await mkdir(RESULTS, { recursive: true });
  const api = await startApi({
    main: fileURLToPath(import.meta.resolve('@zi/api/dist/main.js')),
    databaseUrl: String((database.dataSource.options as { url?: string }).url),
    port: await freePort(),
    dataDir,
    logFile: path.join(RESULTS, 'survey-submit-api.log'),
  });
  try {
    const [period] = (await database.dataSource.query(
      `INSERT INTO survey_period (unit_id, code, title, starts_on, ends_on, year, instruments, scale_points,
         conversion, sample_method, service_types, public_while_open, created_by)
       SELECT u.id, 'benchsrv', 'Bench', current_date - 1, current_date + 1, extract(year FROM current_date)::int,
         ARRAY['SPKP-2023', 'SPAK-2023'], 4, 'proportional', 'krejcie_morgan', ARRAY['Perizinan', 'Informasi'], true,
         (SELECT id FROM app_user WHERE role = 'admin' LIMIT 1)
       FROM unit u WHERE u.archived_at IS NULL ORDER BY u.name LIMIT 1
       RETURNING id, code`,
    )) as Array<{ id: string; code: string }>;
    const formUrl = `${api.url}/survei/${period?.code}`;
    const page = await fetch(formUrl);
    const body = formBody(await page.text());
    process.stdout.write(`Survey form ${formUrl}: ${page.status}, ${body.length} bytes per submission\n`);
    // A warm-up, apart from the measured load.
    await submitLoad({ url: formUrl, body, rate: 50, seconds: 3, connections });
    const result = await submitLoad({ url: formUrl, body, rate, seconds, connections });
    const [{ n }] = (await database.dataSource.query(
      'SELECT count(*)::int AS n FROM survey_response WHERE period_id = $1',
      [period?.id],
    )) as [{ n: number }];
    const taken = result.statuses['303'] ?? 0;
    const report = [
      `### Survey submissions: ${rate} a second asked, for ${seconds} s, ${connections} connections`,
      '',
      '| held / s | p50 ms | p99 ms | answers by status | errors | responses in the database (all runs) |',
      '| ---: | ---: | ---: | --- | ---: | ---: |',
      `| ${result.perSecond.toFixed(0)} | ${result.p50} | ${result.p99} | ${Object.entries(result.statuses)
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ')} | ${result.errors} | ${n} |`,
      '',
      `Target (issue 16): ${TARGET_RATE} a second with p99 under ${TARGET_P99_MS} ms: ${
        result.perSecond >= TARGET_RATE * 0.98 && result.p99 < TARGET_P99_MS ? 'met' : 'NOT met'
      }. ${taken} taken in the measured load.`,
      '',
    ].join('\n');
    process.stdout.write(`${report}\n`);
    await writeFile(path.join(RESULTS, `survey-submit-${rate}.md`), report);
  } finally {
    await api.stop(15_000);
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
