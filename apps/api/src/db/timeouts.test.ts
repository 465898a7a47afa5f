import { MeDocument } from '@zi/schema/admin';
import { DirectoryUnitsDocument } from '@zi/schema/public';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseBusy } from '../common/errors.js';
import { DEFAULT_POOL } from '../config.js';
import { createTestApp, graphql, signInAs, TEST_POOL_SIZE, type TestApp } from '../test/harness.js';
import { Db } from './db.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ pool: { acquireTimeoutMs: 300 } });
});
afterAll(() => app.close());

/** Takes every pooled connection, so the next request has to wait for one. */
async function holdThePool(): Promise<QueryRunner[]> {
  return Promise.all(
    Array.from({ length: TEST_POOL_SIZE }, async () => {
      const runner = app.dataSource.createQueryRunner();
      await runner.connect();
      return runner;
    }),
  );
}

describe('a request that cannot get a connection in time', () => {
  it('is told the server is busy and may retry, in GraphQL and over plain HTTP, not a 500', async () => {
    const cookie = await signInAs(app, 'admin');
    const held = await holdThePool();
    try {
      const session = await graphql(`${app.url}/admin/graphql`, MeDocument, {}, cookie);
      expect(session.status).toBe(503);
      expect(session.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'BUSY' });
      const read = await graphql(`${app.url}/graphql`, DirectoryUnitsDocument, { first: 1 });
      expect(read.errors?.[0]).toMatchObject({
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'BUSY', retryAfterSeconds: 5 },
      });
      const download = await fetch(`${app.url}/open-data/feed.atom`);
      expect(download.status).toBe(503);
      expect(download.headers.get('retry-after')).toBe('5');
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    const after = await graphql(`${app.url}/graphql`, DirectoryUnitsDocument, { first: 1 });
    expect(after.errors).toBeUndefined();
  });
});

describe('every pooled session', () => {
  it('cancels a statement and ends an idle transaction after the configured time', async () => {
    const [settings] = (await app.dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    )) as { statement: string; idle: string }[];
    expect(settings).toEqual({
      statement: `${DEFAULT_POOL.statementTimeoutMs / 1000}s`,
      idle: `${DEFAULT_POOL.idleInTransactionTimeoutMs / 1000}s`,
    });
  });

  it('rolls back a transaction left idle past its timeout, and says the server was busy', async () => {
    const idle = await createTestApp({ pool: { idleInTransactionTimeoutMs: 200 } });
    try {
      const db = new Db(idle.dataSource);
      const failure = await db
        .transaction(async (manager) => {
          await manager.query(`UPDATE unit SET address = 'left idle' WHERE name = 'Dinas Sosial'`);
          await new Promise((resolve) => setTimeout(resolve, 600));
          await manager.query('SELECT 1');
        })
        .catch((error: unknown) => error);
      expect(isDatabaseBusy(failure)).toBe(true);
      const [row] = (await idle.dataSource.query(
        `SELECT count(*)::int AS n FROM unit WHERE address = 'left idle'`,
      )) as { n: number }[];
      expect(row?.n).toBe(0);
    } finally {
      await idle.close();
    }
  });
});

describe('what counts as the database being too busy', () => {
  it('is a wait, a timeout or a lost session, never a statement the server could not read', () => {
    expect(isDatabaseBusy(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseBusy({ code: '57014' })).toBe(true);
    expect(isDatabaseBusy({ driverError: { code: '57P01' } })).toBe(true);
    expect(isDatabaseBusy({ driverError: { code: '08P01' } })).toBe(false);
    expect(isDatabaseBusy({ driverError: { code: '23505' } })).toBe(false);
    expect(isDatabaseBusy(new Error('boom'))).toBe(false);
  });
});
