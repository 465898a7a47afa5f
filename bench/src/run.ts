import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toGlobalId } from '@zi/api/dist/common/global-id.js';
import { loadConfig } from '@zi/api/dist/config.js';
import { createApp } from '@zi/api/dist/http/app.js';
import autocannon from 'autocannon';
import { DEMO_UNITS, freePort, type QueryRecorder, startBenchDatabase } from './database.js';
import { explainedMarkdown, explainRequest } from './explain.js';
import { addSyntheticUnits } from './generate.js';
import { journalistRegions, journalistScenarios, type Scenario } from './journalist.js';

const DIRECTORY = `query Directory { units(first: 50) { totalCount edges { cursor node {
  id name kind currentStage currentStageOn activePredicate instansi { name }
  timeline { stage occurredOn } predicates { kind year revokedOn } pacts { signedOn signatoryCount verificationCode } } } } }`;
const UNIT_PAGE = `query UnitPage($id: ID!) { unit(id: $id) { id name kind address headName servesPublic currentStage
  instansi { name regionCode } timeline { stage occurredOn year note sourceUrl }
  predicates { kind year decreeNumber decreeDate revokedOn revocationReason }
  pacts { signedOn occasion leaderName signatoryCount documentRef verificationCode } } }`;

interface Row {
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statements: number;
  errors: number;
}

async function load(url: string, body: string, seconds: number, connections: number) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duration: seconds,
    connections,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      units: { type: 'string', default: String(DEMO_UNITS) },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
    },
  });
  const units = Number(values.units);
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  if (!Number.isInteger(units) || units < DEMO_UNITS)
    throw new Error(`--units must be a whole number ≥ ${DEMO_UNITS}`);

  const { dataSource, counter, stop } = await startBenchDatabase();
  const apps: Array<Awaited<ReturnType<typeof createApp>>> = [];
  try {
    await addSyntheticUnits(dataSource, units - DEMO_UNITS);
    // As autovacuum leaves a table after a bulk load: statistics, and the trigram indexes' pending
    // lists merged (a search would otherwise read 100,000 fresh entries one by one).
    await dataSource.query('VACUUM ANALYZE');
    const [unit] = (await dataSource.query(`SELECT id FROM unit WHERE current_stage = 'wbbm' LIMIT 1`)) as {
      id: string;
    }[];
    const unitId = toGlobalId('Unit', unit?.id ?? '');
    const scenarios: Scenario[] = [
      {
        name: 'directory (first 50)',
        body: JSON.stringify({ query: DIRECTORY }),
        cached: true,
        explain: false,
      },
      {
        name: 'unit page',
        body: JSON.stringify({ query: UNIT_PAGE, variables: { id: unitId } }),
        cached: true,
        explain: false,
      },
      ...(await journalistScenarios(await journalistRegions(dataSource))),
    ];

    const base = loadConfig({});
    const rows: Row[] = [];
    const plans: string[] = [];
    for (const cached of [false, true]) {
      const app = await createApp(
        {
          ...base,
          env: 'production',
          // The bench is one client hammering loopback: budgets would measure the limiter, not the API.
          publicApi: {
            ...base.publicApi,
            budget: 1_000_000_000,
            refillPerSecond: 100_000_000,
            cacheSeconds: cached ? 60 : 0,
          },
          publicAppDir: '',
          adminAppDir: '',
        },
        dataSource,
      );
      apps.push(app);
      const port = await freePort();
      await new Promise<void>((resolve) => app.server.listen(port, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${port}/graphql`;
      for (const scenario of scenarios.filter((one) => !cached || one.cached)) {
        const send = () => ask(url, scenario.body);
        await quiet(counter);
        await send();
        counter.count = 0;
        await send();
        const statements = counter.count;
        if (scenario.explain && !cached)
          plans.push(explainedMarkdown(scenario.name, await explainRequest(dataSource, counter, send)));
        const result = await load(url, scenario.body, seconds, connections);
        rows.push({ scenario: `${scenario.name}, ${cached ? 'cached' : 'uncached'}`, statements, ...result });
      }
    }
    await report(rows, plans, units, seconds, connections);
  } finally {
    for (const app of apps) await app.close(1_000);
    await stop();
  }
}

/**
 * Waits until the API sends no more SQL: requests of the previous load still running when
 * autocannon stops would otherwise be counted, and explained, as this scenario's.
 */
async function quiet(counter: QueryRecorder): Promise<void> {
  for (let seen = -1; seen !== counter.count; ) {
    seen = counter.count;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** One request; a GraphQL error stops the bench, since it would measure the error instead. */
async function ask(url: string, body: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const result = (await response.json()) as { errors?: unknown };
  if (result.errors) throw new Error(`${body.slice(0, 120)}… failed: ${JSON.stringify(result.errors)}`);
}

async function report(
  rows: Row[],
  plans: string[],
  units: number,
  seconds: number,
  connections: number,
): Promise<void> {
  const header = `Public API on ${units.toLocaleString('en-US')} units — ${connections} connections, ${seconds} s per scenario, loopback, ${new Date().toISOString()}`;
  const table = [
    '| scenario | req/s | p50 ms | p99 ms | SQL statements / request | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.statements} | ${row.errors} |`,
    ),
  ].join('\n');
  const text = `${header}\n\n${table}\n`;
  process.stdout.write(`\n${text}\n`);
  const explained =
    plans.length > 0
      ? `\n## EXPLAIN (ANALYZE, BUFFERS), fastest of three runs, slowest statement first\n\n${plans.join('\n')}`
      : '';
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `public-api-${units}-units.md`);
  await writeFile(file, text + explained);
  process.stdout.write(`written to ${file}\n`);
}

await main();
