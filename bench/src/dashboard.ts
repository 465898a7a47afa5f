import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toGlobalId } from '@zi/api/dist/common/global-id.js';
import { loadConfig } from '@zi/api/dist/config.js';
import { DEMO_PASSWORD } from '@zi/api/dist/db/seed/demo.js';
import { createApp } from '@zi/api/dist/http/app.js';
import { requireFramework } from '@zi/lke';
import type { DataSource } from 'typeorm';
import { DEMO_UNITS, freePort, startBenchDatabase } from './database.js';
import { explainedMarkdown, explainRequest } from './explain.js';
import { growDemoPortfolio } from './generate-portfolio.js';

/** The whole dashboard as the portal asks for it: every part. */
const DASHBOARD = `query Dashboard($year: Int!) { portfolioDashboard(year: $year) {
  funnel { stage units }
  predicates { predicate units }
  heatmap { year evaluated total unit { id name kind } areas { area percent } }
  incomplete { year layer total answered questions unit { id name } }
  gaps { area selfPercent tpiPercent gap unit { id name } }
  risks { target total failing { id label value threshold gap } unit { id name } }
  followUps { open overdue done verified }
  coaching { zoneUnits coached neverCoached { id name } }
  trends { year quarter findings followUpsOpen followUpsVerified judgements { judgement count } }
  latePlanItems } }`;

/** Each part of the dashboard alone, as `--parts` times them: where the time of the whole goes. */
const PARTS: Array<[string, string]> = [
  ['funnel', 'funnel { stage units }'],
  ['predicates', 'predicates { predicate units }'],
  ['heatmap', 'heatmap { year evaluated total unit { id name kind } areas { area percent } }'],
  ['gaps', 'gaps { area selfPercent tpiPercent gap unit { id name } }'],
  ['risks', 'risks { target total failing { id label value threshold gap } unit { id name } }'],
  ['incomplete', 'incomplete { year layer total answered questions unit { id name } }'],
  ['followUps', 'followUps { open overdue done verified }'],
  ['coaching', 'coaching { zoneUnits coached neverCoached { id name } }'],
  [
    'trends',
    'trends { year quarter findings followUpsOpen followUpsVerified judgements { judgement count } }',
  ],
  ['latePlanItems', 'latePlanItems'],
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      units: { type: 'string', default: String(DEMO_UNITS) },
      requests: { type: 'string', default: '30' },
      parts: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      saves: { type: 'string', default: '0' },
    },
  });
  const units = Number(values.units);
  const requests = Number(values.requests);
  if (!Number.isInteger(units) || units < DEMO_UNITS)
    throw new Error(`--units must be a whole number ≥ ${DEMO_UNITS}`);

  const { dataSource, counter, stop } = await startBenchDatabase();
  const app = await createApp(
    { ...loadConfig({}), env: 'production', cookieSecure: false, publicAppDir: '', adminAppDir: '' },
    dataSource,
  );
  try {
    await growDemoPortfolio(dataSource, units);
    await dataSource.query('ANALYZE');
    const port = await freePort();
    await new Promise<void>((resolve) => app.server.listen(port, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${port}/admin/graphql`;
    const login = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { name } }',
        variables: { input: { email: 'admin@demo.zi.id', password: DEMO_PASSWORD } },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const ask = async (query: string) => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables: { year: 2026 } }),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      const result = JSON.parse(text) as {
        data?: { portfolioDashboard: { funnel?: Array<{ units: number }> } };
        errors?: unknown;
      };
      if (result.errors) throw new Error(`dashboard failed: ${JSON.stringify(result.errors)}`);
      return {
        ms,
        bytes: Buffer.byteLength(text),
        units: result.data?.portfolioDashboard.funnel?.reduce((s, f) => s + f.units, 0),
      };
    };
    /** The first request (it may fill caches), then p50, p95 and max of `times` more; statements and bytes. */
    const measure = async (query: string, times: number) => {
      const { ms: first } = await ask(query);
      counter.count = 0;
      const { units: counted, bytes } = await ask(query);
      const statements = counter.count;
      const ms: number[] = [];
      for (let i = 0; i < times; i += 1) ms.push((await ask(query)).ms);
      ms.sort((a, b) => a - b);
      return {
        first,
        counted,
        bytes,
        statements,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        max: ms.at(-1) ?? 0,
      };
    };
    const whole = await measure(DASHBOARD, requests);
    const lines = [
      `Admin portfolio dashboard (every part), ${requests} sequential requests over loopback, ${new Date().toISOString()}`,
      '',
      '| units in the dashboard | first request ms | p50 ms | p95 ms | max ms | SQL statements / request | response kB |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${whole.counted?.toLocaleString('en-US')} | ${whole.first.toFixed(0)} | ${whole.p50.toFixed(0)} | ${whole.p95.toFixed(0)} | ${whole.max.toFixed(0)} | ${whole.statements} | ${(whole.bytes / 1024).toFixed(0)} |`,
      '',
    ];
    if (values.parts) {
      lines.push(
        '| part alone | p50 ms | p95 ms | SQL statements | response kB |',
        '| --- | ---: | ---: | ---: | ---: |',
      );
      for (const [name, selection] of PARTS) {
        const part = await measure(
          `query($year: Int!) { portfolioDashboard(year: $year) { ${selection} } }`,
          requests,
        );
        lines.push(
          `| ${name} | ${part.p50.toFixed(1)} | ${part.p95.toFixed(1)} | ${part.statements} | ${(part.bytes / 1024).toFixed(1)} |`,
        );
      }
      lines.push('');
    }
    const text = lines.join('\n');
    process.stdout.write(`\n${text}\n`);
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `dashboard-${units}-units.md`), text);
    if (values.explain) {
      const explained = await explainRequest(dataSource, counter, () => ask(DASHBOARD));
      const file = path.join(dir, `dashboard-${units}-units-explain.md`);
      await writeFile(file, explainedMarkdown(`Dashboard at ${units} units`, explained));
      const slowest = [...explained].sort((a, b) => b.executionMs - a.executionMs);
      for (const statement of slowest)
        process.stdout.write(
          `${statement.executionMs.toFixed(1)} ms  ${statement.sql.replace(/\s+/g, ' ').slice(0, 110)}\n`,
        );
      process.stdout.write(`Plans: ${file}\n`);
    }
    const savers = Number(values.saves);
    if (savers > 0) {
      const report = await measureSaves(dataSource, url, cookie, savers);
      process.stdout.write(`\n${report}\n`);
      await writeFile(path.join(dir, `dashboard-${units}-units-saves.md`), report);
    }
  } finally {
    await app.close(1_000);
    await stop();
  }
}

/** Saves per worksheet in `--saves`: each a batch of ten answers, as a unit fills its worksheet. */
const SAVE_ROUNDS = 10;

/**
 * `--saves N`: N callers each fill a worksheet of their own, ten answers a save, while two
 * dashboards are read in a loop; then the same on other units with the trigger that keeps
 * `dashboard_layer_facts` disabled, then on again. Save latency with and without it shows what
 * keeping the facts costs a writer and that no save waits for another's (decision 0046).
 */
async function measureSaves(dataSource: DataSource, url: string, cookie: string, savers: number) {
  const framework = requireFramework('permenpanrb-90-2021');
  const choices = [...framework.questions.values()].filter(
    (entry) => !entry.formula && entry.answerType.options,
  );
  const units = (await dataSource.query(
    `SELECT u.id FROM unit u JOIN app_user a ON a.instansi_id = u.instansi_id AND a.email = 'admin@demo.zi.id'
     WHERE u.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM assessment x WHERE x.unit_id = u.id AND x.year = 2027)
     ORDER BY u.id LIMIT $1`,
    [savers * 3],
  )) as Array<{ id: string }>;
  const send = async (query: string, variables: Record<string, unknown>) => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data?: Record<string, { id?: string }>; errors?: unknown };
    if (result.errors) throw new Error(`failed: ${JSON.stringify(result.errors)}`);
    return { ms: performance.now() - started, data: result.data };
  };
  const run = async (batch: Array<{ id: string }>) => {
    const worksheets: string[] = [];
    for (const unit of batch) {
      const { data } = await send(
        'mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }',
        { input: { unitId: toGlobalId('Unit', unit.id), year: 2027 } },
      );
      worksheets.push(data?.startAssessment?.id ?? '');
    }
    const saves: number[] = [];
    const reads: number[] = [];
    let saving = true;
    const reader = async () => {
      while (saving) reads.push((await send(DASHBOARD, { year: 2026 })).ms);
    };
    const saver = async (assessmentId: string) => {
      for (let round = 0; round < SAVE_ROUNDS; round += 1) {
        const answers = choices.slice(round * 10, round * 10 + 10).map((entry) => ({
          code: entry.node.code,
          option: entry.answerType.options?.[round % 2]?.value,
          version: 0,
        }));
        const input = { assessmentId, layer: 'UNIT', answers };
        saves.push(
          (
            await send('mutation($input: SetAnswersInput!) { setAnswers(input: $input) { layer } }', {
              input,
            })
          ).ms,
        );
      }
    };
    const started = performance.now();
    const readers = [reader(), reader()];
    await Promise.all(worksheets.map(saver));
    const ms = performance.now() - started;
    saving = false;
    await Promise.all(readers);
    saves.sort((a, b) => a - b);
    reads.sort((a, b) => a - b);
    return `${percentile(saves, 50).toFixed(0)} | ${percentile(saves, 95).toFixed(0)} | ${((saves.length / ms) * 1000).toFixed(1)} | ${percentile(reads, 50).toFixed(0)}`;
  };
  // On, off, on again: the machine is shared, so an order effect shows as a difference between the two ons.
  const keeping = (on: boolean) =>
    Promise.all(
      ['assessment_score_new_facts', 'assessment_score_stale_facts'].map((trigger) =>
        dataSource.query(`ALTER TABLE assessment_score ${on ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`),
      ),
    );
  const kept = await run(units.slice(0, savers));
  await keeping(false);
  let without: string;
  try {
    without = await run(units.slice(savers, 2 * savers));
  } finally {
    await keeping(true);
  }
  const keptAgain = await run(units.slice(2 * savers));
  return [
    `${savers} callers saving their own worksheets (${SAVE_ROUNDS} saves of 10 answers each) while 2 dashboards are read in a loop`,
    '',
    '| trigger keeping dashboard_layer_facts | save p50 ms | save p95 ms | saves / s | dashboard p50 ms meanwhile |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| on (as deployed) | ${kept} |`,
    `| off | ${without} |`,
    `| on again | ${keptAgain} |`,
    '',
  ].join('\n');
}

await main();
