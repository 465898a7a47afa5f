import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { logger } from '../logger.js';

/**
 * Given to the embedded server as `-c zi.parent_pid=N`, so its command line says which process
 * started it. While that process is still the server's parent, the server is in use; once the
 * server has another parent, the process that started it is gone.
 */
export const PARENT_SETTING = 'zi.parent_pid';

export interface RunningProcess {
  args: string[];
  /** Its working directory; a postmaster works in its data folder. Unset when we may not see it. */
  cwd: string | undefined;
  parentPid: number;
}

/**
 * The process running as `pid`, read from Linux's /proc; undefined when none runs (a zombie counts
 * as none: it holds no files and no port). The watchdog runs this function from its source text,
 * so it must stay self-contained: builtins through `process.getBuiltinModule`, no imports.
 */
export function runningProcess(pid: number): RunningProcess | undefined {
  const fs = process.getBuiltinModule('node:fs');
  const read = (entry: string): string => {
    try {
      return fs.readFileSync(`/proc/${pid}/${entry}`, 'utf8');
    } catch {
      return '';
    }
  };
  // "pid (name) state ppid …": the name may hold spaces and parentheses, so split after the last ')'.
  const stat = read('stat');
  const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cmdline = read('cmdline');
  if (!state || state === 'Z' || cmdline === '') return undefined;
  let cwd: string | undefined;
  try {
    cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {}
  return { args: cmdline.split('\0').slice(0, -1), cwd, parentPid: Number(parent) };
}

/** A postgres postmaster working in `databaseDir` (its backends are named "postgres: …"). */
function isServerOf(running: RunningProcess, databaseDir: string): boolean {
  return path.basename(running.args[0] ?? '') === 'postgres' && running.cwd === databaseDir;
}

function startedBy(server: RunningProcess): number | undefined {
  const setting = server.args.find((arg) => arg.startsWith(`${PARENT_SETTING}=`));
  return setting === undefined ? undefined : Number(setting.slice(PARENT_SETTING.length + 1));
}

/** The PID on the lock file's first line; undefined without a file, or with one PostgreSQL cannot read either. */
async function lockFilePid(lockFile: string): Promise<number | undefined> {
  const text = await readFile(lockFile, 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Makes `databaseDir` (its real path) startable after a run that did not stop cleanly, and says
 * what it did. The lock file `postmaster.pid` names the server's PID; that PID may be gone (power
 * cut), belong to an unrelated program (reused after a reboot), or still be a server of this
 * folder that an earlier run left behind. Only the last is stopped, as `pg_ctl stop -m fast` would;
 * nothing else is signalled. PostgreSQL itself then recovers from its write-ahead log.
 * Needs /proc (Linux); elsewhere, and for an empty or garbled lock file, PostgreSQL's own check
 * decides (and its refusal says why).
 */
export async function clearLeftovers(databaseDir: string): Promise<void> {
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  const pid = await lockFilePid(lockFile);
  if (pid === undefined || !existsSync('/proc/self')) return;
  const holder = runningProcess(pid);
  if (!holder) {
    await rm(lockFile, { force: true });
    logger.warn(
      'embedded database: removed a stale lock file; its server is gone, so the last run did not stop cleanly (PostgreSQL recovers from its write-ahead log)',
      { lockFile, pid },
    );
    return;
  }
  if (!isServerOf(holder, databaseDir)) {
    await rm(lockFile, { force: true });
    logger.warn(
      'embedded database: removed a stale lock file; its PID now belongs to another program, which was left alone',
      { lockFile, pid, program: holder.args.join(' ').slice(0, 200) },
    );
    return;
  }
  const starter = startedBy(holder);
  if (starter !== undefined && holder.parentPid === starter) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} (PID ${pid}) is in use by the process that started it (PID ${starter}). ` +
        'Stop that one first, or give this one another DATA_DIR.',
    );
  }
  logger.warn('embedded database: stopping the server an earlier run left running in this data folder', {
    pid,
    databaseDir,
  });
  await stopServer(pid, databaseDir);
  logger.info('embedded database: stopped the server left by an earlier run', { pid });
}

const STOP_TIMEOUT_MS = 60_000;

/** A fast shutdown (SIGINT, what `pg_ctl stop -m fast` sends): sessions end, a checkpoint is written. */
async function stopServer(pid: number, databaseDir: string): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    // It ended between the look and the signal: nothing left to stop.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  for (;;) {
    const running = runningProcess(pid);
    if (!running || !isServerOf(running, databaseDir)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The embedded PostgreSQL left running in ${databaseDir} (PID ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s. Stop it, then start again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
