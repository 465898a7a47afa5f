import { type Router as ExpressRouter, Router } from 'express';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from '../logger.js';

/** How long /healthz waits for the database before it says the database does not answer. */
const PROBE_TIMEOUT_MS = 1_000;

/**
 * Asks the database `SELECT 1` on a connection of its own, never one from the pool: when every
 * pooled connection is busy, /healthz still answers in at most a second and says how busy the pool
 * is. Health checks that arrive together share one probe.
 */
export class DatabaseProbe {
  private client: pg.Client | null = null;
  private running: Promise<boolean> | null = null;

  constructor(private readonly url: string) {}

  /** True when the database answered within the timeout. */
  check(): Promise<boolean> {
    this.running ??= this.probe().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async probe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    const answered = this.selectOne().then(
      () => true,
      () => false,
    );
    const healthy = await Promise.race([answered, timedOut]);
    clearTimeout(timer);
    // A connection that did not answer in time is dropped: the next probe opens a fresh one.
    if (!healthy) await this.close();
    return healthy;
  }

  private async selectOne(): Promise<void> {
    if (!this.client) {
      const client = new pg.Client({
        connectionString: this.url,
        application_name: 'zi-api-health',
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        statement_timeout: PROBE_TIMEOUT_MS,
      });
      client.on('error', (error) => {
        logger.warn('health probe connection lost', { message: error.message });
        if (this.client === client) this.client = null;
      });
      this.client = client;
      await client.connect();
    }
    await this.client.query('SELECT 1');
  }
}

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The pool's occupancy, read from node-postgres's pool behind TypeORM's driver. */
function poolOf(dataSource: DataSource) {
  const pool = (dataSource.driver as unknown as { master?: PoolCounts }).master;
  return {
    open: pool?.totalCount ?? 0,
    busy: (pool?.totalCount ?? 0) - (pool?.idleCount ?? 0),
    waiting: pool?.waitingCount ?? 0,
  };
}

/** GET /healthz: 200 while the database answers, 503 when it does not; the pool's occupancy either way. */
export function healthRoutes(dataSource: DataSource, probe: DatabaseProbe): ExpressRouter {
  const router = Router();
  router.get('/', async (_request, response) => {
    const healthy = await probe.check();
    response
      .status(healthy ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({
        status: healthy ? 'ok' : 'unavailable',
        database: healthy ? 'ok' : 'unreachable',
        pool: poolOf(dataSource),
      });
  });
  return router;
}
