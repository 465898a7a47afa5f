import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../../config.js';
import { startEmbeddedPostgres } from '../../db/embedded.js';

export interface VerifyDatabase {
  client: pg.Client;
  /** For the report: which server was read. */
  description: string;
  close(): Promise<void>;
}

/** The role and database embedded.ts creates. */
const embeddedUrl = (port: number) => `postgres://zi:zi@127.0.0.1:${port}/zi`;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'zi-audit-verify' });
  await client.connect();
  return client;
}

/**
 * The port the data folder's server listens on while it runs: line 4 of PostgreSQL's lock file.
 * The API may have been started with another EMBEDDED_PG_PORT than this shell has.
 */
async function runningPort(databaseDir: string): Promise<number | undefined> {
  try {
    const port = Number((await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

/** A server on the embedded port that keeps another data folder belongs to another installation. */
async function assertServes(client: pg.Client, databaseDir: string, port: number): Promise<void> {
  const { rows } = await client.query<{ setting: string }>(
    `SELECT setting FROM pg_settings WHERE name = 'data_directory'`,
  );
  const served = rows[0]?.setting;
  if (served && realpathSync(served) !== realpathSync(databaseDir)) {
    await client.end();
    throw new Error(
      `The PostgreSQL on port ${port} keeps ${served}, not ${databaseDir}: set EMBEDDED_PG_PORT or DATABASE_URL.`,
    );
  }
}

/**
 * The database the API uses, read beside it: DATABASE_URL, or the embedded server of DATA_DIR
 * while the API runs it, on the port its lock file names. Only when no server runs is the
 * embedded one started, for this check alone; starting a second one on a running data folder is
 * what used to crash.
 */
export async function openVerifyDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
): Promise<VerifyDatabase> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    const client = await connect(config.databaseUrl);
    return { client, description: `PostgreSQL at ${url.host}${url.pathname}`, close: () => client.end() };
  }
  const databaseDir = path.join(config.dataDir, 'postgres');
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    throw new Error(`No database in ${databaseDir}: start the API once, or set DATA_DIR or DATABASE_URL.`);
  }
  const port = (await runningPort(databaseDir)) ?? config.embeddedPostgresPort;
  try {
    const client = await connect(embeddedUrl(port));
    await assertServes(client, databaseDir, port);
    return {
      client,
      description: `the running embedded PostgreSQL of ${databaseDir} (port ${port})`,
      close: () => client.end(),
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error;
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort);
  try {
    const client = await connect(embedded.url);
    return {
      client,
      description: `the embedded PostgreSQL of ${databaseDir}, started for this check (port ${config.embeddedPostgresPort})`,
      async close() {
        await client.end();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
