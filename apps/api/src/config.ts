import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { S3EvidenceStoreOptions } from './modules/evidence/s3-evidence.store.js';

export type Environment = 'development' | 'production' | 'test';

export interface Config {
  env: Environment;
  host: string;
  port: number;
  /** Absent: an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl: string | undefined;
  /** The connection pool and the timeouts of its sessions. */
  database: PoolSettings;
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemo: 'auto' | 'never';
  sessionTtlHours: number;
  /** Largest evidence file accepted, in bytes. */
  evidenceMaxBytes: number;
  /** Where evidence files are kept: a folder under `dataDir`, or an S3-compatible bucket. */
  evidenceStore: { kind: 'local' } | ({ kind: 's3' } & S3EvidenceStoreOptions);
  cookieSecure: boolean;
  /**
   * The proxies in front of the API, whose X-Forwarded-For entries are believed (Express's
   * `trust proxy`): how many hops, or their addresses and Express's names; false: none.
   */
  trustProxy: TrustProxy;
  publicApi: {
    maxCost: number;
    maxDepth: number;
    maxAliases: number;
    budget: number;
    refillPerSecond: number;
    cacheSeconds: number;
    /** Memory for answers kept as bytes in front of GraphQL (decision 0043); 0 turns the cache off. */
    cacheMaxBytes: number;
    /** Queries answered from SQL that builds their JSON once proven (decision 0047); false: Apollo always. */
    compiledPlans: boolean;
  };
  /** Mail leaves by SMTP when configured; otherwise it is written to a folder, never dropped. */
  mail: { kind: 'smtp'; url: string; from: string } | { kind: 'folder'; dir: string; from: string };
  /** The address people open the portal at, for links in mails. */
  publicUrl: string;
  /** Built single-page apps served by the API; empty string disables. */
  publicAppDir: string;
  adminAppDir: string;
}

/** How the pool behaves; the defaults suit one API process (see the DATABASE_* settings). */
export interface PoolSettings {
  /** Connections kept at most. */
  size: number;
  /** A request waiting this long for a free connection fails instead of waiting on. */
  acquireTimeoutMs: number;
  /** PostgreSQL cancels a statement running this long (0: never). */
  statementTimeoutMs: number;
  /** PostgreSQL ends a session idle this long inside a transaction, releasing its locks (0: never). */
  idleInTransactionTimeoutMs: number;
}

export type TrustProxy = false | number | string[];

export const DEFAULT_POOL: PoolSettings = {
  size: 10,
  acquireTimeoutMs: 10_000,
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 30_000,
};

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

  /** A setting that another one makes necessary; `because` says which. */
  required(name: string, because: string): string {
    const raw = this.optional(name);
    if (raw === undefined) this.problems.push(`${name} is required when ${because}`);
    return raw ?? '';
  }

  httpUrl(name: string, because: string): string {
    const raw = this.required(name, because);
    if (raw === '') return raw;
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') return raw;
    } catch {}
    this.problems.push(`${name} must be an http:// or https:// URL (got "${redactPassword(raw)}")`);
    return raw;
  }
}

function redactPassword(raw: string): string {
  return raw.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

function readEvidenceStore(read: Reader): Config['evidenceStore'] {
  const kind = read.oneOf('EVIDENCE_STORE', ['local', 's3'], 'local');
  if (kind === 'local') return { kind };
  const because = 'EVIDENCE_STORE=s3';
  return {
    kind,
    endpoint: read.httpUrl('EVIDENCE_S3_ENDPOINT', because),
    region: read.string('EVIDENCE_S3_REGION', 'us-east-1'),
    bucket: read.required('EVIDENCE_S3_BUCKET', because),
    accessKeyId: read.required('EVIDENCE_S3_ACCESS_KEY_ID', because),
    secretAccessKey: read.required('EVIDENCE_S3_SECRET_ACCESS_KEY', because),
    prefix: read.string('EVIDENCE_S3_PREFIX', ''),
    forcePathStyle: read.boolean('EVIDENCE_S3_FORCE_PATH_STYLE', true),
  };
}

/** Express's names for address ranges, usable in TRUST_PROXY beside addresses and CIDR ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: a hop count (`1` for one nginx in front), or the proxies' addresses and ranges.
 * Express then takes the client's address as the last proxy it trusts saw it. A bare `true` would
 * take the leftmost X-Forwarded-For entry, which the client writes itself, so it is refused.
 */
function readTrustProxy(read: Reader): TrustProxy {
  const raw = read.optional('TRUST_PROXY')?.trim();
  if (raw === undefined || ['false', '0', 'no'].includes(raw)) return false;
  if (/^\d+$/.test(raw)) return read.integer('TRUST_PROXY', 0, 1, 20);
  if (['true', 'yes'].includes(raw)) {
    read.problems.push(
      `TRUST_PROXY=${raw} would believe any address a client writes into X-Forwarded-For; set how many ` +
        'proxies are in front of the API (TRUST_PROXY=1 for one nginx) or their addresses ' +
        '(TRUST_PROXY=loopback, or e.g. 10.0.0.0/8)',
    );
    return false;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isAddressOrRange(entry));
  if (wrong.length === 0) return entries;
  read.problems.push(
    `TRUST_PROXY must be false, a number of proxies, or a comma-separated list of addresses, CIDR ranges, ${PROXY_RANGE_NAMES.join(', ')} (got "${wrong.join(', ')}")`,
  );
  return false;
}

function readMail(read: Reader, dataDir: string): Config['mail'] {
  const from = read.string('MAIL_FROM', 'Zona Integritas <no-reply@localhost>');
  const url = read.optional('SMTP_URL');
  if (url === undefined)
    return { kind: 'folder', dir: path.resolve(read.string('MAIL_DIR', path.join(dataDir, 'mail'))), from };
  try {
    const protocol = new URL(url).protocol;
    if (protocol === 'smtp:' || protocol === 'smtps:') return { kind: 'smtp', url, from };
  } catch {}
  read.problems.push(`SMTP_URL must be an smtp:// or smtps:// URL (got "${redactPassword(url)}")`);
  return { kind: 'folder', dir: dataDir, from };
}

/** Reads and validates every setting once; throws ConfigError listing every bad value. */
export function loadConfig(env: Env = process.env): Config {
  const read = new Reader(env);
  const environment = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = read.integer('PORT', 4000, 0, 65535);
  const dataDir = path.resolve(read.string('DATA_DIR', path.join(repoRoot, '.data')));
  const config: Config = {
    env: environment,
    host: read.string('HOST', '127.0.0.1'),
    port,
    databaseUrl: read.postgresUrl('DATABASE_URL'),
    database: {
      size: read.integer('DATABASE_POOL_SIZE', DEFAULT_POOL.size, 2, 1_000),
      acquireTimeoutMs: read.integer(
        'DATABASE_ACQUIRE_TIMEOUT_MS',
        DEFAULT_POOL.acquireTimeoutMs,
        100,
        600_000,
      ),
      statementTimeoutMs: read.integer(
        'DATABASE_STATEMENT_TIMEOUT_MS',
        DEFAULT_POOL.statementTimeoutMs,
        0,
        3_600_000,
      ),
      idleInTransactionTimeoutMs: read.integer(
        'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
        DEFAULT_POOL.idleInTransactionTimeoutMs,
        0,
        3_600_000,
      ),
    },
    dataDir,
    embeddedPostgresPort: read.integer('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    seedDemo: read.oneOf('SEED_DEMO', ['auto', 'never'], 'auto'),
    sessionTtlHours: read.integer('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    evidenceMaxBytes: read.integer('EVIDENCE_MAX_MB', 20, 1, 1_024) * 1_048_576,
    evidenceStore: readEvidenceStore(read),
    cookieSecure: read.boolean('COOKIE_SECURE', environment !== 'development' && environment !== 'test'),
    trustProxy: readTrustProxy(read),
    publicApi: {
      maxCost: read.integer('PUBLIC_API_MAX_COST', 10_000, 1, 10_000_000),
      maxDepth: read.integer('PUBLIC_API_MAX_DEPTH', 12, 2, 100),
      maxAliases: read.integer('PUBLIC_API_MAX_ALIASES', 30, 0, 1_000),
      budget: read.integer('PUBLIC_API_BUDGET', 50_000, 1, 1_000_000_000),
      refillPerSecond: read.integer('PUBLIC_API_REFILL_PER_SECOND', 500, 1, 100_000_000),
      cacheSeconds: read.integer('PUBLIC_API_CACHE_SECONDS', 60, 0, 86_400),
      cacheMaxBytes: read.integer('PUBLIC_API_CACHE_MB', 64, 0, 65_536) * 1_048_576,
      compiledPlans: read.boolean('PUBLIC_API_COMPILED_PLANS', true),
    },
    mail: readMail(read, dataDir),
    publicUrl: read.string('PUBLIC_URL', `http://localhost:${port}`).replace(/\/+$/, ''),
    publicAppDir: read.string('PUBLIC_APP_DIR', path.join(repoRoot, 'apps/public/dist')),
    adminAppDir: read.string('ADMIN_APP_DIR', path.join(repoRoot, 'apps/admin/dist')),
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
