import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource } from '@zi/api/dist/db/data-source.js';
import { prepareDatabase } from '@zi/api/dist/db/database.js';
import { startEmbeddedPostgres } from '@zi/api/dist/db/embedded.js';
import pg from 'pg';
import type { DataSource, Logger } from 'typeorm';

export const DEMO_UNITS = 253;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Counts the SQL statements sent, as the API's `QueryCounter`, and keeps those sent while `recording`. */
export class QueryRecorder implements Logger {
  count = 0;
  recording = false;
  statements: Array<{ sql: string; parameters: unknown[] }> = [];

  logQuery(sql: string, parameters?: unknown[]): void {
    this.count += 1;
    if (this.recording) this.statements.push({ sql, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface BenchDatabase {
  dataSource: DataSource;
  counter: QueryRecorder;
  stop(): Promise<void>;
}

/** The schema holding pg_stat_statements, apart from `public`, which PostGraphile exposes. */
export const STATISTICS_SCHEMA = 'bench_statistics';

/**
 * An embedded PostgreSQL in a temp folder with the demo data, gone after `stop()`. With
 * `statementStatistics`, it counts every statement any client runs (pg_stat_statements, in
 * STATISTICS_SCHEMA): the server is started once more with the module loaded, as it must be.
 */
export async function startBenchDatabase(
  options: { statementStatistics?: boolean } = {},
): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-'));
  const port = await freePort();
  let database = await startEmbeddedPostgres(dataDir, port);
  if (options.statementStatistics) {
    await loadStatementStatistics(database.url);
    await database.stop();
    database = await startEmbeddedPostgres(dataDir, port);
  }
  const counter = new QueryRecorder();
  const dataSource = createDataSource(database.url, { logger: counter });
  const stop = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await dataSource.initialize();
    await prepareDatabase(dataSource, true);
    if (options.statementStatistics) {
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${STATISTICS_SCHEMA}`);
      await dataSource.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA ${STATISTICS_SCHEMA}`);
      // Planning counts too: a server that plans every statement pays for it on each request.
      await dataSource.query('ALTER SYSTEM SET pg_stat_statements.track_planning = on');
      await dataSource.query('SELECT pg_reload_conf()');
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { dataSource, counter, stop };
}

/** Asks the server to load pg_stat_statements at its next start. */
async function loadStatementStatistics(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  } finally {
    await client.end();
  }
}
