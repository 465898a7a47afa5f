import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource } from '@zi/api/dist/db/data-source.js';
import { prepareDatabase } from '@zi/api/dist/db/database.js';
import { startEmbeddedPostgres } from '@zi/api/dist/db/embedded.js';
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

/** An embedded PostgreSQL in a temp folder with the demo data, gone after `stop()`. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-'));
  const database = await startEmbeddedPostgres(dataDir, await freePort());
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
  } catch (error) {
    await stop();
    throw error;
  }
  return { dataSource, counter, stop };
}
