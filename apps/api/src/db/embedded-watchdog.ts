import { spawn } from 'node:child_process';
import { logger } from '../logger.js';
import { PARENT_SETTING, type RunningProcess, runningProcess } from './postmaster.js';

export interface Watchdog {
  /** This process stopped the server itself: the watchdog may go. */
  release(): void;
}

/**
 * Starts a small detached Node process that stops the embedded PostgreSQL in `databaseDir` (its
 * real path) when this process dies, however it dies, `kill -9` included. Its stdin is a pipe from
 * this process; the kernel closes that pipe when this process ends, so the watchdog sees the end of
 * its input at once, without polling a PID that could be reused. Detached, it has its own process
 * group: Ctrl-C in the terminal does not reach it.
 *
 * It runs as `node -e <source>` rather than from a file, so it works the same from `dist`, from
 * the sources under vitest, and for the bench.
 */
export function startWatchdog(databaseDir: string): Watchdog {
  const args = [runningProcess, JSON.stringify(databaseDir), process.pid, JSON.stringify(PARENT_SETTING)];
  const child = spawn(process.execPath, ['-e', `(${watch})(${args.join(', ')});`], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
    cwd: '/',
    env: {},
  });
  child.on('error', (error) =>
    logger.warn('embedded database: no watchdog, so a kill -9 would leave the server running', {
      error: error.message,
    }),
  );
  // Ending the pipe to a watchdog that is already gone is no failure.
  child.stdin?.on('error', () => {});
  child.unref();
  return { release: () => child.stdin?.end() };
}

/**
 * The watchdog's whole program. It runs from its source text: it may use only its parameters and
 * globals. It stops only the server this API started, told by its command line, which anyone may
 * read (`-D <databaseDir>` and the API's PID), and by its working directory when that is readable
 * too (root without CAP_SYS_PTRACE may not read it); it sends what `pg_ctl stop -m fast` sends.
 */
function watch(
  find: (pid: number) => RunningProcess | undefined,
  databaseDir: string,
  apiPid: number,
  parentSetting: string,
): void {
  process.stdin.resume();
  process.stdin.once('close', () => {
    const fs = process.getBuiltinModule('node:fs');
    let pid: number;
    try {
      pid = Number(fs.readFileSync(`${databaseDir}/postmaster.pid`, 'utf8').split('\n')[0]);
    } catch {
      return; // stopped cleanly: PostgreSQL removes its lock file
    }
    const server = find(pid);
    const args = server?.args ?? [];
    const startedHere = args.includes('-D') && args[args.indexOf('-D') + 1] === databaseDir;
    const startedByTheApi = args.includes(`${parentSetting}=${apiPid}`);
    const cwdAgrees = server?.cwd === undefined || server.cwd === databaseDir;
    if (startedHere && startedByTheApi && cwdAgrees) process.kill(pid, 'SIGINT');
  });
}
