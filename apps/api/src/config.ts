import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Environment = 'development' | 'production' | 'test';

export interface Config {
  env: Environment;
  host: string;
  port: number;
  /** Absent: an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemo: 'auto' | 'never';
  sessionTtlHours: number;
  /** Largest evidence file accepted, in bytes. */
  evidenceMaxBytes: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  publicApi: {
    maxCost: number;
    maxDepth: number;
    maxAliases: number;
    budget: number;
    refillPerSecond: number;
    cacheSeconds: number;
  };
  /** Built single-page apps served by the API; empty string disables. */
  publicAppDir: string;
  adminAppDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const raw = this.env[name];
    return raw === undefined || raw === '' ? fallback : raw;
  }

  optional(name: string): string | undefined {
    const raw = this.env[name];
    return raw === undefined || raw === '' ? undefined : raw;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name, fallback);
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  postgresUrl(name: string): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    try {
      const url = new URL(raw);
      if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return raw;
    } catch {}
    this.problems.push(`${name} must be a postgres:// URL (got "${redactPassword(raw)}")`);
    return undefined;
  }
}

function redactPassword(raw: string): string {
  return raw.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Reads and validates every setting once; throws ConfigError listing every bad value. */
export function loadConfig(env: Env = process.env): Config {
  const read = new Reader(env);
  const environment = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development');
  const config: Config = {
    env: environment,
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 4000, 0, 65535),
    databaseUrl: read.postgresUrl('DATABASE_URL'),
    dataDir: path.resolve(read.string('DATA_DIR', path.join(repoRoot, '.data'))),
    embeddedPostgresPort: read.integer('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    seedDemo: read.oneOf('SEED_DEMO', ['auto', 'never'], 'auto'),
    sessionTtlHours: read.integer('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    evidenceMaxBytes: read.integer('EVIDENCE_MAX_MB', 20, 1, 1_024) * 1_048_576,
    cookieSecure: read.boolean('COOKIE_SECURE', environment !== 'development' && environment !== 'test'),
    trustProxy: read.boolean('TRUST_PROXY', false),
    publicApi: {
      maxCost: read.integer('PUBLIC_API_MAX_COST', 10_000, 1, 10_000_000),
      maxDepth: read.integer('PUBLIC_API_MAX_DEPTH', 12, 2, 100),
      maxAliases: read.integer('PUBLIC_API_MAX_ALIASES', 30, 0, 1_000),
      budget: read.integer('PUBLIC_API_BUDGET', 50_000, 1, 1_000_000_000),
      refillPerSecond: read.integer('PUBLIC_API_REFILL_PER_SECOND', 500, 1, 100_000_000),
      cacheSeconds: read.integer('PUBLIC_API_CACHE_SECONDS', 60, 0, 86_400),
    },
    publicAppDir: read.string('PUBLIC_APP_DIR', path.join(repoRoot, 'apps/public/dist')),
    adminAppDir: read.string('ADMIN_APP_DIR', path.join(repoRoot, 'apps/admin/dist')),
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
