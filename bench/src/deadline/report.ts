import path from 'node:path';
import { type LostUpdates, type ScoreCheck } from './checks.js';
import { HEALTH_EVERY_MS, type HealthRecord, SLOW_HEALTH_MS } from './health.js';
import type { SoakOptions } from './options.js';
import type { SignedIn } from './sessions.js';
import type { Failure } from './stats.js';
import { percentile, type Stats } from './stats.js';
import type { ImportRecord } from './virtual-users.js';

export interface SoakResult {
  options: SoakOptions;
  startedAt: Date;
  api: { pid: number; url: string; logFile: string; errorLines: number; firstError: string | null };
  loadGenerator: { pid: number; delayP99Ms: number; delayMaxMs: number };
  signedIn: SignedIn;
  stats: Stats;
  elapsedSeconds: number;
  health: HealthRecord;
  finalHealth: { ms: number; failure: Failure | null };
  busySessions: string;
  apiStop: { how: 'exited' | 'killed'; ms: number };
  imported: ImportRecord | null;
  importedUnits: number;
  autosaves: { sent: number; acknowledged: number };
  approved: number;
  lost: LostUpdates;
  scores: ScoreCheck;
}

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const s = (ms: number) => `${(ms / 1_000).toFixed(1)} s`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const count = (value: number, what: string) => `${n(value)} ${what}${value === 1 ? '' : 's'}`;

function header(result: SoakResult): string[] {
  const { options: o, signedIn } = result;
  const refused = [...signedIn.refused.entries()].map(([kind, count]) => `${kind} ×${count}`).join(', ');
  const people = signedIn.people.length;
  return [
    `Deadline-day soak, ${result.startedAt.toISOString()}`,
    `  ${o.durationSeconds} s on loopback: ${count(o.operators, 'operator')} autosaving every ~${o.saveEverySeconds} s, ` +
      `${count(o.evaluators, 'evaluator')} (${o.assessmentsPerEvaluator} submitted worksheets each), ` +
      `${count(o.admins, 'admin')} on the dashboard, ${count(o.readers, 'public reader')}, ` +
      (o.importRows > 0 ? `an import of ${n(o.importRows)} units at ${o.importAtSeconds} s` : 'no import'),
    `  Requests time out after ${o.timeoutSeconds} s (the import after ${o.importTimeoutSeconds} s).`,
    `  API: node ${path.relative(process.cwd(), o.apiMain)}, pid ${result.api.pid}, ${result.api.url}. Load generator: pid ${result.loadGenerator.pid}, ` +
      `event loop delay p99 ${result.loadGenerator.delayP99Ms.toFixed(0)} ms, max ${result.loadGenerator.delayMaxMs.toFixed(0)} ms.`,
    `  Sessions: ${people - sumOf(signedIn.refused)} of ${people} by login over HTTP in ${signedIn.seconds.toFixed(1)} s` +
      (refused ? `; refused logins (${refused}) got a session written to the session table.` : '.'),
  ];
}

const sumOf = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);

function requests(result: SoakResult): string[] {
  const operations = result.stats.operations().filter((operation) => operation.operation !== 'login');
  const errors = result.stats.errors().filter((error) => error.operation !== 'login');
  const total = operations.reduce((sum, operation) => sum + operation.requests, 0);
  const failed = errors.reduce((sum, error) => sum + error.count, 0);
  const designed = errors.filter((error) => error.designed).reduce((sum, error) => sum + error.count, 0);
  const windows = result.stats.timeline();
  return [
    `Requests: ${n(total)} (${n(total / result.options.durationSeconds)}/s over the ${result.options.durationSeconds} s, ` +
      `the last answered ${result.elapsedSeconds.toFixed(1)} s after the start); ` +
      `failed ${n(failed)}, of which designed refusals (CONFLICT, RATE_LIMITED) ${n(designed)}.`,
    '',
    '| operation | requests | errors | p50 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...operations.map(
      (o) =>
        `| ${o.operation} | ${n(o.requests)} | ${n(o.errors)} | ${n(o.p50)} | ${n(o.p99)} | ${n(o.max)} |`,
    ),
    '',
    'Errors by kind:',
    ...(errors.length === 0
      ? ['  none']
      : [
          '',
          '| operation | kind | count | designed refusal |',
          '| --- | --- | ---: | --- |',
          ...errors.map(
            (e) => `| ${e.operation} | ${e.kind} | ${n(e.count)} | ${e.designed ? 'yes' : 'no'} |`,
          ),
        ]),
    '',
    `Answered / failed per ${result.stats.windowSeconds} s: ${windows.map((w) => `${w.ok}/${w.failed}`).join(' ')}`,
  ];
}

function importLine(result: SoakResult): string[] {
  const record = result.imported;
  if (result.options.importRows === 0) return [];
  if (!record) return ['Unit import: not sent (the soak ended first).'];
  const report = record.report;
  const answer = report
    ? `${report.committed ? 'committed' : 'not committed'}, ${n(report.summary.create)} to create, ` +
      `${n(report.summary.invalid)} invalid${report.problems[0] ? ` (first: ${report.problems[0].message})` : ''}`
    : `failed: ${record.failure}`;
  return [
    `Unit import: ${n(result.options.importRows)} rows sent at ${record.atSeconds.toFixed(1)} s, ` +
      `answered in ${n(record.ms)} ms: ${answer}. Units of it stored: ${n(result.importedUnits)}.`,
  ];
}

function healthLines(result: SoakResult): string[] {
  const { health, finalHealth } = result;
  const sorted = [...health.times].sort((a, b) => a - b);
  const slow = health.slow;
  const longest = slow.reduce(
    (max, probe) => (probe.ms > max.ms ? probe : max),
    slow[0] ?? { ms: 0, failure: null },
  );
  const over =
    slow.length === 0
      ? 'never'
      : `${count(slow.length, 'probe')}, ${s(slow.reduce((total, probe) => total + probe.ms, 0))} waiting in all, ` +
        `sent from ${slow[0]?.atSeconds.toFixed(1)} s to ${slow.at(-1)?.atSeconds.toFixed(1)} s, ` +
        `longest ${n(longest.ms)} ms${longest.failure ? ` (${longest.failure})` : ''}`;
  return [
    `/healthz (every ${HEALTH_EVERY_MS} ms): ${n(health.times.length)} probes, p50 ${n(percentile(sorted, 50))} ms, ` +
      `p99 ${n(percentile(sorted, 99))} ms, max ${n(sorted.at(-1) ?? 0)} ms; over ${SLOW_HEALTH_MS / 1_000} s: ${over}` +
      (health.failed > 0 ? `; ${health.failed} answered but not 200` : '') +
      '.',
    `After the soak: /healthz ${finalHealth.failure ? `failed (${finalHealth.failure.kind})` : `answered in ${n(finalHealth.ms)} ms`}; ` +
      `database sessions not idle: ${result.busySessions}.`,
    `API stopped: ${result.apiStop.how === 'exited' ? `exited ${s(result.apiStop.ms)} after SIGTERM` : `killed, no exit ${s(result.apiStop.ms)} after SIGTERM`}. ` +
      `Its log (${result.api.logFile}) has ${count(result.api.errorLines, 'error line')}` +
      (result.api.firstError ? `, the first: ${result.api.firstError}` : '') +
      '.',
  ];
}

function checks(result: SoakResult): string[] {
  const { lost, scores } = result;
  return [
    `Autosaves: ${n(result.autosaves.acknowledged)} of ${n(result.autosaves.sent)} acknowledged. Evaluators approved ${n(result.approved)} worksheets.`,
    `Lost updates: ${n(lost.lost)} of ${n(lost.checked)} answers whose last save was acknowledged ` +
      `(${n(lost.unknown)} left out: their last save got no clear answer).`,
    ...lost.examples.map((example) => `  ${example}`),
    `Score mismatches: ${n(scores.mismatches)} of ${n(scores.layers)} worksheet layers, each rescored with @zi/lke from its stored answers.`,
    ...scores.examples.map((example) => `  ${example}`),
  ];
}

function verdict(result: SoakResult): string[] {
  const errors = result.stats
    .errors()
    .filter((error) => !error.designed && error.operation !== 'login')
    .reduce((sum, error) => sum + error.count, 0);
  const froze = result.health.slow.length;
  const rows: Array<[string, string, boolean]> = [
    ['errors other than designed refusals', n(errors), errors === 0],
    ['lost updates', n(result.lost.lost), result.lost.lost === 0],
    ['score mismatches', n(result.scores.mismatches), result.scores.mismatches === 0],
    ['/healthz over 1 s (a freeze)', froze === 0 ? 'never' : count(froze, 'probe'), froze === 0],
  ];
  return [
    'Against the target:',
    ...rows.map(([what, value, ok]) => `  ${what.padEnd(38)} ${value.padStart(8)}  ${mark(ok)}`),
  ];
}

/** The whole report, as printed and written to bench/results/. */
export function formatReport(result: SoakResult): string {
  return [
    ...header(result),
    '',
    ...requests(result),
    '',
    ...importLine(result),
    ...checks(result),
    ...healthLines(result),
    '',
    ...verdict(result),
    '',
  ].join('\n');
}
