import { existsSync, readFileSync, realpathSync } from 'node:fs';
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
  /**
   * Its working directory; a postmaster works in its data folder. Unset when we may not see it:
   * another user's, read by root without CAP_SYS_PTRACE (Docker's default).
   */
  cwd: string | undefined;
  parentPid: number;
  /** The session it runs in; a process's children stay in it unless they start their own. */
  session: number;
  /** When it started, in clock ticks since boot: with its PID, this names one process for good. */
  startTicks: number;
}

/**
 * The process running as `pid`, read from Linux's /proc; undefined when none runs (a zombie counts
 * as none: it holds no files and no port). Everything but `cwd` is readable by any user. The
 * watchdog runs this function from its source text, so it must stay self-contained: builtins
 * through `process.getBuiltinModule`, no imports.
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
  // "pid (name) state ppid pgrp session … starttime(22nd) …": the name may hold spaces and
  // parentheses, so the fields are counted from after the last ')', where the 3rd one starts.
  const stat = read('stat');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cmdline = read('cmdline');
  if (!fields[0] || fields[0] === 'Z' || cmdline === '') return undefined;
  let cwd: string | undefined;
  try {
    cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {}
  return {
    args: cmdline.split('\0').slice(0, -1),
    cwd,
    parentPid: Number(fields[1]),
    session: Number(fields[3]),
    startTicks: Number(fields[19]),
  };
}

/** What a server wrote in its lock file `postmaster.pid` (one item per line). */
export interface LockFile {
  pid: number;
  /** Its start time, in seconds since the epoch (line 3); undefined when garbled. */
  startedAt: number | undefined;
}

/** Linux counts process start times in USER_HZ ticks, 100 a second on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** Seconds since the epoch when the machine booted (`btime` in /proc/stat); undefined without it. */
export function bootTime(): number | undefined {
  const match = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
  return match ? Number(match[1]) : undefined;
}

/**
 * A postmaster writes its own start time in its lock file; a process that started at another time
 * is not the one that wrote it. Boot time is whole seconds and the server needs a moment between
 * its fork and taking the time, so a few seconds count as the same.
 */
const SAME_START_SECONDS = 5;

/** The folder a postgres command line gives with `-D <dir>` (or `-D<dir>`); undefined without one. */
function dataDirArgument(args: string[]): string | undefined {
  const at = args.indexOf('-D');
  if (at >= 0) return args[at + 1];
  return args.find((arg) => arg.startsWith('-D') && arg.length > 2)?.slice(2);
}

function realPathOf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

export type Holder = 'server of this folder' | 'another program' | 'unknown';

/**
 * Whether the process named by the lock file of `databaseDir` (its real path) is that folder's
 * server. Its working directory settles it when readable. Root without CAP_SYS_PTRACE may not read
 * it, and then only data anyone can read decides: the program's name, its start time against the
 * one in the lock file, and its `-D` folder. A lock is only taken for stale on proof; without any,
 * 'unknown' leaves it to PostgreSQL's own check.
 */
export function identifyHolder(
  holder: RunningProcess,
  lock: LockFile,
  databaseDir: string,
  bootedAt: number | undefined,
): Holder {
  // A postmaster keeps its command line; its backends rename themselves "postgres: …".
  if (path.basename(holder.args[0] ?? '') !== 'postgres') return 'another program';
  if (holder.cwd !== undefined)
    return holder.cwd === databaseDir ? 'server of this folder' : 'another program';
  const secondsApart =
    bootedAt === undefined || lock.startedAt === undefined
      ? undefined
      : Math.abs(bootedAt + holder.startTicks / TICKS_PER_SECOND - lock.startedAt);
  if (secondsApart !== undefined && secondsApart <= SAME_START_SECONDS) return 'server of this folder';
  const dir = dataDirArgument(holder.args);
  if (dir !== undefined && path.isAbsolute(dir)) {
    return realPathOf(dir) === databaseDir ? 'server of this folder' : 'another program';
  }
  // A postgres of an unknown folder that did not write this lock file: its writer is gone.
  return secondsApart === undefined ? 'unknown' : 'another program';
}

function startedBy(server: RunningProcess): number | undefined {
  const setting = server.args.find((arg) => arg.startsWith(`${PARENT_SETTING}=`));
  return setting === undefined ? undefined : Number(setting.slice(PARENT_SETTING.length + 1));
}

/** This process's ancestors, nearest first. */
function ancestors(): number[] {
  const found: number[] = [];
  for (let pid = process.ppid; pid > 1 && !found.includes(pid); pid = runningProcess(pid)?.parentPid ?? 0) {
    found.push(pid);
  }
  return found;
}

/**
 * Whoever started `server` is gone: it was handed to PID 1 or to a subreaper (systemd --user,
 * tini). A subreaper sits above the processes whose orphans it adopts, so it is one of our
 * ancestors too, and it runs in another session than the orphan; a shell that ran `postgres … &`
 * before `npm start` is also our ancestor, but in the server's session.
 */
function isOrphan(server: RunningProcess): boolean {
  if (server.parentPid === 1) return true;
  const parent = runningProcess(server.parentPid);
  return parent !== undefined && parent.session !== server.session && ancestors().includes(server.parentPid);
}

/** The lock file's PID and start time; undefined without a file, or with one PostgreSQL cannot read either. */
async function readLockFile(lockFile: string): Promise<LockFile | undefined> {
  const lines = (await readFile(lockFile, 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const startedAt = Number(lines[2]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, startedAt: Number.isInteger(startedAt) && startedAt > 0 ? startedAt : undefined };
}

const commandLine = (running: RunningProcess) => running.args.join(' ').slice(0, 200);

/**
 * Makes `databaseDir` (its real path) startable after a run that did not stop cleanly, and says
 * what it did. The lock file `postmaster.pid` names the server's PID; that PID may be gone (power
 * cut), belong to an unrelated program (reused after a reboot), or still be a server of this
 * folder that an earlier run left behind. Only the last is stopped, as `pg_ctl stop -m fast` would;
 * nothing else is signalled. PostgreSQL itself then recovers from its write-ahead log.
 * Needs /proc (Linux); elsewhere, for an empty or garbled lock file, and when the PID's owner
 * cannot be told, PostgreSQL's own check decides (and its refusal says why).
 */
export async function clearLeftovers(databaseDir: string): Promise<void> {
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  const lock = await readLockFile(lockFile);
  if (lock === undefined || !existsSync('/proc/self')) return;
  const { pid } = lock;
  const holder = runningProcess(pid);
  if (!holder) {
    await rm(lockFile, { force: true });
    logger.warn(
      'embedded database: removed a stale lock file; its server is gone, so the last run did not stop cleanly (PostgreSQL recovers from its write-ahead log)',
      { lockFile, pid },
    );
    return;
  }
  const identity = identifyHolder(holder, lock, databaseDir, bootTime());
  if (identity === 'another program') {
    await rm(lockFile, { force: true });
    logger.warn(
      'embedded database: removed a stale lock file; its PID now belongs to another program, which was left alone',
      { lockFile, pid, program: commandLine(holder) },
    );
    return;
  }
  if (identity === 'unknown') {
    logger.warn(
      'embedded database: cannot tell whether the process named by the lock file is the server of this folder; PostgreSQL decides',
      { lockFile, pid, program: commandLine(holder) },
    );
    return;
  }
  refuseIfInUse(holder, pid, databaseDir);
  logger.warn('embedded database: stopping the server an earlier run left running in this data folder', {
    pid,
    databaseDir,
  });
  await stopServer(pid, holder, databaseDir);
  logger.info('embedded database: stopped the server left by an earlier run', { pid });
}

/**
 * A server of this folder is in use while whoever started it runs: its API (named by the parent
 * setting) is still its parent, or, for a server started otherwise (an older API version, pg_ctl
 * or by hand), it has not been orphaned. A second `npm start` must not take it away.
 */
function refuseIfInUse(server: RunningProcess, pid: number, databaseDir: string): void {
  const starter = startedBy(server);
  if (starter !== undefined && server.parentPid === starter) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} (PID ${pid}) is in use by the process that started it (PID ${starter}). ` +
        'Stop that one first, or give this one another DATA_DIR.',
    );
  }
  if (starter === undefined && !isOrphan(server)) {
    const parent = runningProcess(server.parentPid);
    throw new Error(
      `A PostgreSQL server started by another program runs in ${databaseDir} (PID ${pid}, ` +
        `started by PID ${server.parentPid}${parent ? `: ${commandLine(parent)}` : ''}). ` +
        `Stop it first (pg_ctl stop -D ${databaseDir}), or give this one another DATA_DIR.`,
    );
  }
}

const STOP_TIMEOUT_MS = 60_000;

/** A fast shutdown (SIGINT, what `pg_ctl stop -m fast` sends): sessions end, a checkpoint is written. */
async function stopServer(pid: number, server: RunningProcess, databaseDir: string): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    // It ended between the look and the signal: nothing left to stop.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  for (;;) {
    // Gone once its PID runs nothing, or a process that started at another time.
    if (runningProcess(pid)?.startTicks !== server.startTicks) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The embedded PostgreSQL left running in ${databaseDir} (PID ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s. Stop it, then start again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
