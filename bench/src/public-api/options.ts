import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_UNITS } from '../database.js';
import type { LoadSettings } from './measure.js';

export interface BenchOptions extends LoadSettings {
  /** The sizes, smallest first: one database grows from one to the next. */
  units: number[];
  mode: 'compare' | 'profile' | 'journalist';
  /** Our API's main.js: this workspace's build, or another checkout's (e.g. main before a change). */
  apiMain: string;
  /** With `--profile`: which question, and whether our API keeps its answers (`--profile-cached`). */
  profileQuery: 'directory' | 'unit-page';
  profileCached: boolean;
}

function number(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}

export function readOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      units: { type: 'string', default: String(DEMO_UNITS) },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '3' },
      profile: { type: 'boolean', default: false },
      'profile-query': { type: 'string', default: 'directory' },
      'profile-cached': { type: 'boolean', default: false },
      journalist: { type: 'boolean', default: false },
      api: { type: 'string' },
    },
  });
  if (values.profile && values.journalist) throw new Error('--profile and --journalist are separate runs');
  const profileQuery = values['profile-query'];
  if (profileQuery !== 'directory' && profileQuery !== 'unit-page')
    throw new Error(`--profile-query must be directory or unit-page (got "${profileQuery}")`);
  const units = [
    ...new Set(values.units.split(',').map((one) => number('units', one.trim(), DEMO_UNITS, 10_000_000))),
  ].sort((a, b) => a - b);
  return {
    units,
    seconds: number('duration', values.duration, 1, 3_600),
    connections: number('connections', values.connections, 1, 1_000),
    rounds: number('rounds', values.rounds, 1, 100),
    warmupSeconds: number('warmup', values.warmup, 0, 600),
    mode: values.profile ? 'profile' : values.journalist ? 'journalist' : 'compare',
    profileQuery,
    profileCached: values['profile-cached'],
    apiMain: values.api
      ? path.resolve(values.api)
      : fileURLToPath(import.meta.resolve('@zi/api/dist/main.js')),
  };
}
