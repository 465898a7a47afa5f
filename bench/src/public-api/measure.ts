import { type LoadResult, load } from './load.js';

/** One load the bench repeats: a server asked one question. */
export interface Load {
  query: string;
  server: string;
  url: string;
  body: string;
}

export interface LoadSettings {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
}

/** Each load's results, one per round, by query and then server. */
export type Results = Map<string, Map<string, LoadResult[]>>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Warms every load up once, then runs all of them in each round, query by query, the servers in
 * an order that turns by one each round. Others share this machine: a slow minute then touches
 * every server alike, and ratios are taken within a round.
 */
export async function interleave(loads: Load[], settings: LoadSettings): Promise<Results> {
  const { connections } = settings;
  if (settings.warmupSeconds > 0) {
    for (const one of loads)
      await load({ url: one.url, body: one.body, seconds: settings.warmupSeconds, connections });
  }
  const results: Results = new Map();
  const queries = [...new Set(loads.map((one) => one.query))];
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const query of queries) {
      const ofQuery = loads.filter((one) => one.query === query);
      const turned = ofQuery.map((_, index) => ofQuery[(index + round) % ofQuery.length] as Load);
      for (const one of turned) {
        await pause(1_000);
        const result = await load({ url: one.url, body: one.body, seconds: settings.seconds, connections });
        const byServer = results.get(query) ?? new Map<string, LoadResult[]>();
        results.set(query, byServer.set(one.server, [...(byServer.get(one.server) ?? []), result]));
        process.stdout.write(
          `  round ${round + 1}/${settings.rounds}  ${query}, ${one.server}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.errors ? `, ${result.errors} errors` : ''}\n`,
        );
      }
    }
  }
  return results;
}
