import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { Db, SecondConnectionError } from './db.js';

let app: TestApp;
let db: Db;
beforeAll(async () => {
  app = await createTestApp();
  db = new Db(app.dataSource);
});
afterAll(() => app.close());

const backendPid = async (runner: { query: (sql: string) => Promise<unknown> }) =>
  ((await runner.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[])[0]?.pid;

describe('Db', () => {
  it('gives every service the open transaction’s connection, and nested transactions join it', async () => {
    const pids = await db.transaction(async (manager) => {
      const other = new Db(app.dataSource);
      return [
        await backendPid(manager),
        await backendPid(db.manager),
        await backendPid(other.manager),
        await other.transaction((nested) => backendPid(nested)),
      ];
    });
    expect(new Set(pids).size).toBe(1);
  });

  it('refuses a second pooled connection inside a transaction, by every TypeORM path', async () => {
    const attempts = await db.transaction(async () =>
      Promise.allSettled([
        app.dataSource.query('SELECT 1'),
        app.dataSource.manager.query('SELECT 1'),
        app.dataSource.getRepository('unit').count(),
        app.dataSource.createQueryBuilder().select('1').from('unit', 'u').getRawMany(),
        app.dataSource.transaction((manager) => manager.query('SELECT 1')),
      ]),
    );
    for (const attempt of attempts) {
      expect(attempt.status).toBe('rejected');
      expect((attempt as PromiseRejectedResult).reason).toBeInstanceOf(SecondConnectionError);
    }
  });

  it('guards transactions opened on the DataSource itself, as the seed and the CLIs do', async () => {
    const opened = [
      () => app.dataSource.transaction(() => app.dataSource.query('SELECT 1')),
      () => app.dataSource.transaction('SERIALIZABLE', () => app.dataSource.query('SELECT 1')),
      () => app.dataSource.manager.transaction(() => app.dataSource.query('SELECT 1')),
      () => app.dataSource.getRepository('unit').manager.transaction(() => app.dataSource.query('SELECT 1')),
      () => db.manager.transaction(() => app.dataSource.getRepository('unit').count()),
    ];
    for (const open of opened) await expect(open()).rejects.toBeInstanceOf(SecondConnectionError);
    const joined = await app.dataSource.transaction(async (manager) => [
      await backendPid(manager),
      await backendPid(db.manager),
    ]);
    expect(joined[0]).toBe(joined[1]);
  });

  it('rolls back everything the work did when it fails, and frees the connection for the pool', async () => {
    await expect(
      db.transaction(async (manager) => {
        await manager.query(`UPDATE unit SET address = 'rolled back' WHERE name = 'Dinas Sosial'`);
        await db.transaction(async () => {
          throw new Error('refused');
        });
      }),
    ).rejects.toThrow('refused');
    const [row] = (await app.dataSource.query(`SELECT address FROM unit WHERE name = 'Dinas Sosial'`)) as {
      address: string;
    }[];
    expect(row?.address).not.toBe('rolled back');
  });

  it('lets work left running after the transaction use the pool, not the ended transaction', async () => {
    let later: Promise<number | undefined> = Promise.resolve(undefined);
    const inside = await db.transaction(async (manager) => {
      later = new Promise((resolve) => setTimeout(resolve, 50)).then(() => backendPid(db.manager));
      return backendPid(manager);
    });
    await expect(later).resolves.toEqual(expect.any(Number));
    expect(inside).toEqual(expect.any(Number));
  });
});

describe('services', () => {
  it('never hold a DataSource: they reach the database through a Db', async () => {
    const root = path.resolve(import.meta.dirname, '..');
    const services = (await readdir(root, { recursive: true })).filter((file) =>
      file.endsWith('.service.ts'),
    );
    expect(services.length).toBeGreaterThan(20);
    const holders = [];
    for (const file of services) {
      if (/\bDataSource\b/.test(await readFile(path.join(root, file), 'utf8'))) holders.push(file);
    }
    expect(holders).toEqual([]);
  });
});
