import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** What one soak run does: who takes part, for how long, and how patient its clients are. */
export interface SoakOptions {
  durationSeconds: number;
  operators: number;
  evaluators: number;
  admins: number;
  readers: number;
  importRows: number;
  /** Seconds after the start at which the unit import is sent. */
  importAtSeconds: number;
  /** Mean seconds between two autosaves of one operator; each wait is drawn from ±50 % of it. */
  saveEverySeconds: number;
  /** A request with no answer after this long counts as a timeout (the import has its own). */
  timeoutSeconds: number;
  importTimeoutSeconds: number;
  /** Submitted worksheets each evaluator finds in their queue: enough never to run dry. */
  assessmentsPerEvaluator: number;
  /** The API's main.js to start: this workspace's build, or another checkout's (e.g. main before a fix). */
  apiMain: string;
}

const FLAGS = {
  duration: { type: 'string', default: '60' },
  operators: { type: 'string', default: '250' },
  evaluators: { type: 'string', default: '10' },
  admins: { type: 'string', default: '5' },
  readers: { type: 'string', default: '50' },
  'import-rows': { type: 'string', default: '10000' },
  'import-at': { type: 'string' },
  'save-every': { type: 'string', default: '5' },
  timeout: { type: 'string', default: '10' },
  'import-timeout': { type: 'string', default: '60' },
  api: { type: 'string' },
} as const;

function number(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`--${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return value;
}

function whole(name: string, raw: string, min: number, max: number): number {
  const value = number(name, raw, min, max);
  if (!Number.isInteger(value)) throw new Error(`--${name} must be a whole number (got "${raw}")`);
  return value;
}

export function readOptions(args: string[]): SoakOptions {
  const { values } = parseArgs({ args, options: FLAGS, strict: true });
  const durationSeconds = whole('duration', values.duration, 5, 3_600);
  // An evaluator spends about ten seconds on a worksheet (open, start, accept, approve, with pauses).
  const assessmentsPerEvaluator = Math.ceil(durationSeconds / 10) + 1;
  return {
    durationSeconds,
    operators: whole('operators', values.operators, 0, 5_000),
    evaluators: whole('evaluators', values.evaluators, 0, 200),
    admins: whole('admins', values.admins, 0, 100),
    readers: whole('readers', values.readers, 0, 2_000),
    importRows: whole('import-rows', values['import-rows'], 0, 100_000),
    importAtSeconds: number(
      'import-at',
      values['import-at'] ?? String(durationSeconds / 2),
      0,
      durationSeconds,
    ),
    saveEverySeconds: number('save-every', values['save-every'], 0.5, 600),
    timeoutSeconds: number('timeout', values.timeout, 1, 600),
    importTimeoutSeconds: number('import-timeout', values['import-timeout'], 1, 3_600),
    assessmentsPerEvaluator,
    apiMain: values.api
      ? path.resolve(values.api)
      : fileURLToPath(import.meta.resolve('@zi/api/dist/main.js')),
  };
}
