import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded.js';

export interface Database {
  dataSource: DataSource;
  /** What to tell the person starting the app, e.g. "embedded PostgreSQL in .data/postgres". */
  description: string;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, then applies pending migrations. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
  const url = config.databaseUrl ?? embedded?.url ?? '';
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    description: embedded
      ? `embedded PostgreSQL, data in ${config.dataDir}/postgres (port ${config.embeddedPostgresPort})`
      : `PostgreSQL at ${new URL(url).host}${new URL(url).pathname}`,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
