import type { LoadResult } from './load.js';
import type { Results } from './measure.js';

export const OURS_UNCACHED = 'ours, uncached';
export const OURS_CACHED = 'ours, cached';
/** Uncached, every request through Apollo and the resolvers: the compiled plans off (decision 0047). */
export const OURS_RESOLVERS = 'ours, resolvers only';
export const POSTGRAPHILE = 'PostGraphile 5';
export const RAW_NODE = 'raw Node server';

/** What one request to a server costs besides time: SQL statements (null: no database) and bytes. */
export interface RequestFacts {
  statements: number | null;
  /** The database's time in those statements (execution and planning), ms per request. */
  databaseMs: number | null;
  bytes: number;
}

/** Everything measured at one size. */
export interface SizeReport {
  units: number;
  results: Results;
  /** By query, then server. */
  facts: Map<string, Map<string, RequestFacts>>;
  notes: string[];
}

/** The ratios issue 13 sets targets for, taken within each round. */
const RATIOS = [
  { title: 'ours uncached ÷ PostGraphile', top: OURS_UNCACHED, bottom: POSTGRAPHILE, target: 1.5 },
  { title: 'ours, resolvers only ÷ PostGraphile', top: OURS_RESOLVERS, bottom: POSTGRAPHILE, target: 1.5 },
  { title: 'ours cached ÷ raw Node', top: OURS_CACHED, bottom: RAW_NODE, target: 0.5 },
  { title: 'ours cached ÷ PostGraphile', top: OURS_CACHED, bottom: POSTGRAPHILE, target: 10 },
];

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const whole = (value: number) => Math.round(value).toLocaleString('en-US');
/** Autocannon's latencies are whole milliseconds; a median of two may end in .5. */
const ms = (value: number) => String(Math.round(value * 10) / 10);

/** The median, and the range over rounds when there was more than one. */
function spread(values: number[], format: (value: number) => string): string {
  if (values.length < 2) return format(median(values));
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
}

const statementsText = (facts: RequestFacts | undefined) =>
  facts?.statements === null || facts === undefined ? '–' : String(Math.round(facts.statements * 10) / 10);

/** A ratio of requests per second in each round, e.g. ours uncached ÷ PostGraphile. */
function ratios(byServer: Map<string, LoadResult[]>, top: string, bottom: string): number[] | null {
  const tops = byServer.get(top);
  const bottoms = byServer.get(bottom);
  if (!tops || !bottoms) return null;
  return tops.map((one, round) => one.requestsPerSecond / (bottoms[round]?.requestsPerSecond ?? Number.NaN));
}

const ratioText = (values: number[] | null, target: number) =>
  values ? `${spread(values, (value) => value.toFixed(2))} ${median(values) >= target ? '✓' : '✗'}` : '–';

export function sizeMarkdown(report: SizeReport): string {
  const rows: string[] = [];
  const ratioRows: string[] = [];
  for (const [query, byServer] of report.results) {
    for (const [server, results] of byServer) {
      const facts = report.facts.get(query)?.get(server);
      rows.push(
        `| ${query} | ${server} | ${spread(
          results.map((one) => one.requestsPerSecond),
          whole,
        )} | ${ms(median(results.map((one) => one.p50)))} | ${ms(median(results.map((one) => one.p99)))} | ${statementsText(facts)} | ${facts?.databaseMs == null ? '–' : facts.databaseMs.toFixed(2)} | ${facts ? whole(facts.bytes) : '–'} | ${results.reduce((sum, one) => sum + one.errors, 0)} |`,
      );
    }
    const values = RATIOS.map((ratio) => ratios(byServer, ratio.top, ratio.bottom));
    if (values.some((one) => one !== null)) {
      ratioRows.push(
        `| ${query} | ${values.map((one, index) => ratioText(one, RATIOS[index]?.target ?? 0)).join(' | ')} |`,
      );
    }
  }
  const ratioTable =
    ratioRows.length === 0
      ? []
      : [
          '',
          `| query | ${RATIOS.map((ratio) => `${ratio.title} (target ≥ ${ratio.target})`).join(' | ')} |`,
          `| --- | ${RATIOS.map(() => '---:').join(' | ')} |`,
          ...ratioRows,
        ];
  return [
    `### ${report.units.toLocaleString('en-US')} units`,
    '',
    'req/s: median of the rounds (lowest–highest); p50 and p99: medians of the rounds.',
    '',
    '| query | server | req/s | p50 ms | p99 ms | SQL statements / request | database ms / request | response bytes | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ...ratioTable,
    ...(report.notes.length > 0 ? ['', ...report.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
}

/** Issue 13's table: every size, the median req/s of each server and the two target ratios. */
export function summaryMarkdown(reports: SizeReport[]): string {
  const servers = [OURS_UNCACHED, OURS_RESOLVERS, OURS_CACHED, POSTGRAPHILE, RAW_NODE];
  const rows = reports.flatMap((report) =>
    [...report.results].map(([query, byServer]) => {
      const rate = (server: string) => {
        const results = byServer.get(server);
        return results ? whole(median(results.map((one) => one.requestsPerSecond))) : '–';
      };
      const p50 = byServer.get(OURS_UNCACHED);
      const ratio = (top: string, bottom: string) => {
        const values = ratios(byServer, top, bottom);
        return values ? median(values).toFixed(2) : '–';
      };
      return `| ${whole(report.units)} | ${query} | ${rate(OURS_UNCACHED)}${p50 ? ` (p50 ${ms(median(p50.map((one) => one.p50)))} ms)` : ''} | ${servers
        .slice(1)
        .map(rate)
        .join(
          ' | ',
        )} | ${ratio(OURS_UNCACHED, POSTGRAPHILE)} | ${ratio(OURS_CACHED, RAW_NODE)} | ${statementsText(report.facts.get(query)?.get(OURS_UNCACHED))} |`;
    }),
  );
  return [
    '| units | query | ours uncached req/s | resolvers only | ours cached | PostGraphile 5 | raw Node, same bytes | uncached ÷ PostGraphile (≥ 1.5) | cached ÷ raw (≥ 0.5) | SQL / uncached request (≤ 2) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}
