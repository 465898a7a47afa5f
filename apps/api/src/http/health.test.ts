import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_POOL_SIZE, type TestApp } from '../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('GET /healthz', () => {
  it('reports ok when the database answers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', pool: { waiting: 0 } });
  });

  it('answers at once while every pooled connection is held, and says the pool is busy', async () => {
    const held = await Promise.all(
      Array.from({ length: TEST_POOL_SIZE }, async () => {
        const runner = app.dataSource.createQueryRunner();
        await runner.connect();
        return runner;
      }),
    );
    let waiting: Promise<unknown> | undefined;
    try {
      waiting = app.dataSource.query('SELECT 1');
      const response = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        database: 'ok',
        pool: { open: TEST_POOL_SIZE, busy: TEST_POOL_SIZE, waiting: 1 },
      });
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    await waiting;
  });
});

describe('public endpoint over HTTP', () => {
  it('is open to any origin (CORS)', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://newsroom.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('does not open the admin endpoint to other origins', async () => {
    const response = await fetch(`${app.url}/admin/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body).errors[0]).toEqual({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(body).not.toMatch(/at .*\.js:\d+/);
  });
});
