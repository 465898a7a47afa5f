import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { load } from './load.js';
import type { BenchOptions } from './options.js';
import { comparedQueries } from './queries.js';
import { startOurApi } from './servers.js';

/** The parts of V8's .cpuprofile the bench reads. */
interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  /** Microseconds on the machine's monotonic clock, as process.hrtime. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface SelfTime {
  name: string;
  where: string;
  ms: number;
}

export interface ProfileReport {
  /** What was profiled, e.g. "our API cached, unit page". */
  title: string;
  units: number;
  requestsPerSecond: number;
  /** CPU the API spent in the load's window (idle excluded), ms. */
  busyMs: number;
  requests: number;
  functions: SelfTime[];
  packages: Array<{ name: string; ms: number }>;
}

const TOP = 20;
const microsNow = () => Number(process.hrtime.bigint() / 1_000n);

/** The package (or `node:`, or the API's own dist file) a frame's script belongs to. */
function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : 'node (native)';
  if (url.startsWith('node:')) return 'node (internals)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1] as string;
  const inRepository = /\/(apps|packages)\/([^/]+)\//.exec(url);
  return inRepository ? `${inRepository[1]}/${inRepository[2]}` : url;
}

function shortUrl(url: string, line: number): string {
  if (url === '') return '(native)';
  const trimmed = url.replace(/^file:\/\//, '').replace(/^.*?\/(node_modules|apps|packages)\//, '$1/');
  return `${trimmed}:${line + 1}`;
}

/**
 * Self time per function of the samples taken between `from` and `to` (µs, monotonic clock); a
 * sample lasts until the next one. Idle samples are left out: what remains is the API's CPU.
 */
export function selfTimes(profile: CpuProfile, from: number, to: number) {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, SelfTime>();
  const byPackage = new Map<string, number>();
  let at = profile.startTime;
  let busyMicros = 0;
  profile.samples.forEach((nodeId, index) => {
    at += profile.timeDeltas[index] ?? 0;
    const lasted = profile.timeDeltas[index + 1] ?? 0;
    const frame = frames.get(nodeId);
    if (!frame || at < from || at > to || frame.functionName === '(idle)') return;
    busyMicros += lasted;
    const key = `${frame.functionName} ${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    const one = byFunction.get(key) ?? {
      name: frame.functionName || '(anonymous)',
      where: shortUrl(frame.url, frame.lineNumber),
      ms: 0,
    };
    one.ms += lasted / 1_000;
    byFunction.set(key, one);
    const pack = packageOf(frame.url, frame.functionName);
    byPackage.set(pack, (byPackage.get(pack) ?? 0) + lasted / 1_000);
  });
  return {
    busyMs: busyMicros / 1_000,
    functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms),
    packages: [...byPackage].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
  };
}

/**
 * Our API (uncached, or cached with `--profile-cached`), started with `--cpu-prof`, under the load of
 * one question (`--profile-query`) for the load's duration
 * after a warm-up; the profile is written when it exits and read for that window only.
 */
export async function profileAt(
  dataSource: DataSource,
  units: number,
  settings: BenchOptions,
  logDir: string,
): Promise<ProfileReport> {
  const databaseUrl = (dataSource.options as { url?: string }).url ?? '';
  const question = (await comparedQueries(dataSource)).find((query) => query.key === settings.profileQuery);
  if (!question) throw new Error(`no ${settings.profileQuery} query`);
  const cached = settings.profileCached;
  const profiles = await mkdtemp(path.join(tmpdir(), 'zi-bench-profile-'));
  try {
    const api = await startOurApi({
      main: settings.apiMain,
      databaseUrl,
      cached,
      dataDir: path.join(profiles, 'data'),
      logFile: path.join(logDir, 'public-api-profiled.log'),
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
    });
    let window: { from: number; to: number; requestsPerSecond: number };
    try {
      const request = {
        url: api.url(question.key),
        body: question.ours,
        connections: settings.connections,
      };
      if (settings.warmupSeconds > 0) await load({ ...request, seconds: settings.warmupSeconds });
      const from = microsNow();
      const result = await load({ ...request, seconds: settings.seconds });
      window = { from, to: microsNow(), requestsPerSecond: result.requestsPerSecond };
    } finally {
      await api.stop();
    }
    const file = (await readdir(profiles)).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('the API wrote no .cpuprofile');
    const profile = JSON.parse(await readFile(path.join(profiles, file), 'utf8')) as CpuProfile;
    const times = selfTimes(profile, window.from, window.to);
    return {
      title: `our API ${cached ? 'cached' : 'uncached'}, ${question.name}`,
      units,
      requestsPerSecond: window.requestsPerSecond,
      requests: Math.round(window.requestsPerSecond * settings.seconds),
      busyMs: times.busyMs,
      functions: times.functions.slice(0, TOP),
      packages: times.packages.slice(0, TOP),
    };
  } finally {
    await rm(profiles, { recursive: true, force: true });
  }
}

export function profileMarkdown(report: ProfileReport): string {
  const percent = (ms: number) => `${((ms / report.busyMs) * 100).toFixed(1)} %`;
  const perRequest = report.requests > 0 ? report.busyMs / report.requests : Number.NaN;
  return [
    `### ${report.units.toLocaleString('en-US')} units: ${report.title}`,
    '',
    `${Math.round(report.requestsPerSecond)} req/s; the API process was busy ${Math.round(report.busyMs).toLocaleString('en-US')} ms of CPU, ${perRequest.toFixed(2)} ms per request.`,
    '',
    `Top ${TOP} functions by self time:`,
    '',
    '| self ms | share | function | where |',
    '| ---: | ---: | --- | --- |',
    ...report.functions.map(
      (one) => `| ${Math.round(one.ms)} | ${percent(one.ms)} | ${one.name} | ${one.where} |`,
    ),
    '',
    'Self time by package:',
    '',
    '| self ms | share | package |',
    '| ---: | ---: | --- |',
    ...report.packages.map((one) => `| ${Math.round(one.ms)} | ${percent(one.ms)} | ${one.name} |`),
    '',
  ].join('\n');
}
