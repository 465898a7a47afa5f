import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@zi/api/dist/config.js';
import { createApp } from '@zi/api/dist/http/app.js';
import type { DataSource } from 'typeorm';
import { freePort, type QueryRecorder } from '../database.js';
import { explainedMarkdown, explainRequest } from '../explain.js';
import { journalistRegions, journalistScenarios, type Scenario } from '../journalist.js';
import { graphqlData, postJson } from './http.js';
import { interleave } from './measure.js';
import type { BenchOptions } from './options.js';
import { OURS_UNCACHED, type RequestFacts, type SizeReport } from './report.js';
import { settled, startOurApi } from './servers.js';
import { statementsPerRequest } from './statements.js';

/**
 * The SQL of one request of each explained scenario, with its parameters, and its plans. The
 * statements are recorded from an API in the bench's own process on the bench's data source (the
 * load goes to the API process, whose SQL the bench cannot see with parameters).
 */
async function explainScenarios(dataSource: DataSource, recorder: QueryRecorder, scenarios: Scenario[]) {
  const explained = scenarios.filter((scenario) => scenario.explain);
  if (explained.length === 0) return [];
  const base = loadConfig({});
  const app = await createApp(
    {
      ...base,
      env: 'production',
      publicApi: { ...base.publicApi, budget: 1_000_000_000, refillPerSecond: 100_000_000, cacheSeconds: 0 },
      publicAppDir: '',
      adminAppDir: '',
    },
    dataSource,
  );
  try {
    const port = await freePort();
    await new Promise<void>((resolve) => app.server.listen(port, '127.0.0.1', resolve));
    const plans: string[] = [];
    for (const scenario of explained) {
      const send = async () =>
        graphqlData(await postJson(`http://127.0.0.1:${port}/graphql`, scenario.body), scenario.name);
      plans.push(explainedMarkdown(scenario.name, await explainRequest(dataSource, recorder, send)));
    }
    return plans;
  } finally {
    await app.close(1_000);
  }
}

/**
 * What a journalist asks (journalist.ts), each scenario against our API uncached in its own
 * process, interleaved over rounds; with each request's SQL count and the plans of the explained ones.
 */
export async function journalistAt(
  dataSource: DataSource,
  recorder: QueryRecorder,
  units: number,
  settings: BenchOptions,
  logDir: string,
): Promise<{ report: SizeReport; plans: string[] }> {
  const databaseUrl = (dataSource.options as { url?: string }).url ?? '';
  const scenarios = await journalistScenarios(await journalistRegions(dataSource));
  const plans = await explainScenarios(dataSource, recorder, scenarios);
  const apiData = await mkdtemp(path.join(tmpdir(), 'zi-bench-api-'));
  const api = await startOurApi({
    main: settings.apiMain,
    databaseUrl,
    cached: false,
    dataDir: apiData,
    logFile: path.join(logDir, 'public-api-uncached.log'),
  });
  try {
    await settled([api]);
    const facts: SizeReport['facts'] = new Map();
    for (const scenario of scenarios) {
      const send = async () => {
        const answer = await postJson(api.url(''), scenario.body);
        graphqlData(answer, scenario.name);
        return answer;
      };
      const { body } = await send();
      const one: RequestFacts = { bytes: body.length, ...(await statementsPerRequest(dataSource, send)) };
      facts.set(scenario.name, new Map([[OURS_UNCACHED, one]]));
    }
    const results = await interleave(
      scenarios.map((scenario) => ({
        query: scenario.name,
        server: OURS_UNCACHED,
        url: api.url(''),
        body: scenario.body,
      })),
      settings,
    );
    return { report: { units, results, facts, notes: [] }, plans };
  } finally {
    await api.stop();
    await rm(apiData, { recursive: true, force: true });
  }
}
