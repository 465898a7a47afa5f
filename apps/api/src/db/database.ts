import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { storeFrameworks } from '../modules/frameworks/framework.store.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded.js';
import { isDatabaseEmpty, type SeedSummary, seedDemo } from './seed/demo.js';

export interface Database {
  dataSource: DataSource;
  /** What to tell the person starting the app, e.g. "embedded PostgreSQL in .data/postgres". */
  description: string;
  /** Set when this start loaded the demo data into an empty database. */
  seeded: SeedSummary | null;
  close(): Promise<void>;
}

// Any constant works; it only has to be the same for every replica of the API.
const PREPARE_LOCK = 73_102_021;

/**
 * Migrations and the demo seed under a session advisory lock, so replicas starting together on a
 * fresh database do not race: the second waits, then finds nothing left to do.
 */
export async function prepareDatabase(dataSource: DataSource, seed: boolean): Promise<SeedSummary | null> {
  const lock = dataSource.createQueryRunner();
  await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction((manager) => storeFrameworks(manager));
    return seed && (await isDatabaseEmpty(dataSource)) ? await seedDemo(dataSource) : null;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]);
    await lock.release();
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, then applies pending migrations and
 * loads the demo data into an empty database when `seedDemo` is `auto`.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'database' | 'dataDir' | 'embeddedPostgresPort' | 'seedDemo'>,
): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
  const url = config.databaseUrl ?? embedded?.url ?? '';
  const dataSource = createDataSource(url, { pool: config.database });
  let seeded: SeedSummary | null;
  try {
    seeded = await prepareWithoutTimeouts(url, config.seedDemo === 'auto');
    await dataSource.initialize();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    seeded,
    description: embedded
      ? `embedded PostgreSQL, data in ${config.dataDir}/postgres (port ${config.embeddedPostgresPort})`
      : `PostgreSQL at ${new URL(url).host}${new URL(url).pathname}`,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * Migrations and the seed on connections of their own: a migration on a large database may run
 * longer than any request is allowed to, so the request timeouts do not apply to it.
 */
async function prepareWithoutTimeouts(url: string, seed: boolean): Promise<SeedSummary | null> {
  const dataSource = createDataSource(url, {
    pool: { size: 3, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 },
  });
  await dataSource.initialize();
  try {
    return await prepareDatabase(dataSource, seed);
  } finally {
    await dataSource.destroy();
  }
}
