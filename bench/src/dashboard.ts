import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '@zi/api/dist/config.js';
import { DEMO_PASSWORD } from '@zi/api/dist/db/seed/demo.js';
import { createApp } from '@zi/api/dist/http/app.js';
import { DEMO_UNITS, freePort, startBenchDatabase } from './database.js';
import { growDemoPortfolio } from './generate-portfolio.js';

/** The whole dashboard as the portal asks for it. */
const DASHBOARD = `query Dashboard($year: Int!) { portfolioDashboard(year: $year) {
  funnel { stage units }
  heatmap { year evaluated total unit { id name kind } areas { area percent } }
  gaps { area selfPercent tpiPercent gap unit { id name } }
  risks { target total failing { id label value threshold gap } unit { id name } }
  followUps { open overdue done verified }
  coaching { zoneUnits coached neverCoached { id name } }
  trends { year quarter findings followUpsOpen followUpsVerified judgements { judgement count } }
  latePlanItems } }`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      units: { type: 'string', default: String(DEMO_UNITS) },
      requests: { type: 'string', default: '30' },
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
    const body = JSON.stringify({ query: DASHBOARD, variables: { year: 2026 } });
    const ask = async () => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      });
      const result = (await response.json()) as {
        data?: { portfolioDashboard: { funnel: Array<{ units: number }> } };
        errors?: unknown;
      };
      if (result.errors) throw new Error(`dashboard failed: ${JSON.stringify(result.errors)}`);
      return {
        ms: performance.now() - started,
        units: result.data?.portfolioDashboard.funnel.reduce((s, f) => s + f.units, 0),
      };
    };
    await ask();
    counter.count = 0;
    const { units: counted } = await ask();
    const statements = counter.count;
    const times: number[] = [];
    for (let i = 0; i < requests; i += 1) times.push((await ask()).ms);
    times.sort((a, b) => a - b);
    const line = `| ${counted?.toLocaleString('en-US')} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} | ${times.at(-1)?.toFixed(0)} | ${statements} |`;
    const text = [
      `Admin portfolio dashboard (every part), ${requests} sequential requests over loopback, ${new Date().toISOString()}`,
      '',
      '| units in the dashboard | p50 ms | p95 ms | max ms | SQL statements / request |',
      '| ---: | ---: | ---: | ---: | ---: |',
      line,
      '',
    ].join('\n');
    process.stdout.write(`\n${text}\n`);
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `dashboard-${units}-units.md`), text);
  } finally {
    await app.close(1_000);
    await stop();
  }
}

await main();
