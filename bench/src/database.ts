import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource } from '@zi/api/dist/db/data-source.js';
import { prepareDatabase } from '@zi/api/dist/db/database.js';
import { startEmbeddedPostgres } from '@zi/api/dist/db/embedded.js';
import { QueryCounter } from '@zi/api/dist/db/query-counter.js';
import type { DataSource } from 'typeorm';

export const DEMO_UNITS = 253;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface BenchDatabase {
  dataSource: DataSource;
  counter: QueryCounter;
  stop(): Promise<void>;
}

/** An embedded PostgreSQL in a temp folder with the demo data, gone after `stop()`. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'zi-bench-'));
  const database = await startEmbeddedPostgres(dataDir, await freePort());
  const counter = new QueryCounter();
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
