import pg from 'pg';
import { logger } from '../logger.js';

/** The channel the bump trigger announces each new public data version on (migration 1765800000000). */
export const VERSION_CHANNEL = 'public_data_version';

/** How the listener's session shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'zi-api-version-listener';

const FIRST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 5_000;
/**
 * A connection that silently stopped (a dropped network path) raises no error for a long while;
 * a round trip this often, answered within the timeout, shows it still hears the database.
 */
const HEARTBEAT_MS = 15_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

/**
 * The public data version held in memory: one connection of its own (never one from the pool)
 * LISTENs on the trigger's channel and reads the version once per (re)connect, so no request asks
 * the database for it. While that connection is down nobody can say whether a write happened, so
 * `current()` is null and the byte cache is bypassed until the listener is back.
 */
export class PublicDataVersionListener {
  private client: pg.Client | null = null;
  /** Highest version seen on the current connection. */
  private version = 0n;
  /** Set once the current connection listens and has read the version. */
  private listening = false;
  /** Counts connections, so a version read after a reconnect never matches one from before. */
  private connections = 0;
  private token: string | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retry: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly settings: pg.ClientConfig) {}

  /** The version to key cached responses by; null while not listening. */
  current(): string | null {
    return this.token;
  }

  /** Connects once and returns; if that fails the listener keeps retrying in the background. */
  start(): Promise<void> {
    return this.connect();
  }

  /**
   * Listens on each connection of the application's pool too, from its first use. PostgreSQL hands
   * a session its own notifications before the COMMIT returns, so a write made through this pool
   * has moved the version before the writer can send its next read; the dedicated connection alone
   * hears it a little later, and a read in between would get the answer from before the write.
   */
  followPool(pool: pg.Pool): void {
    const listening = new WeakSet<pg.PoolClient>();
    pool.on('acquire', (client) => {
      if (listening.has(client)) return;
      listening.add(client);
      client.on('notification', this.notified);
      // Queued before the statements of whoever acquired it, so it runs outside their transaction.
      client.query(`LISTEN ${VERSION_CHANNEL}`).catch(() => listening.delete(client));
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    this.token = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      ...this.settings,
      connectionTimeoutMillis: HEARTBEAT_TIMEOUT_MS,
      query_timeout: HEARTBEAT_TIMEOUT_MS,
    });
    this.client = client;
    this.listening = false;
    this.version = 0n;
    client.on('notification', this.notified);
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      // LISTEN before reading: a write committed in between is announced rather than missed.
      await client.query(`LISTEN ${VERSION_CHANNEL}`);
      const { rows } = await client.query<{ version: string }>('SELECT version FROM public_data_version');
      if (this.client !== client) return;
      this.connections += 1;
      this.listening = true;
      this.retryMs = FIRST_RETRY_MS;
      this.advance(BigInt(rows[0]?.version ?? 0));
      this.heartbeat = setInterval(() => {
        client.query('SELECT 1').catch((error: Error) => this.lost(client, error));
      }, HEARTBEAT_MS).unref();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private readonly notified = ({ channel, payload }: pg.Notification): void => {
    if (channel === VERSION_CHANNEL && payload) this.advance(BigInt(payload));
  };

  /** Versions only grow; notifications of one transaction may arrive after the read that saw it. */
  private advance(version: bigint): void {
    if (version > this.version) this.version = version;
    if (this.listening) this.token = `${this.connections}.${this.version}`;
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    this.token = null;
    clearInterval(this.heartbeat);
    client.end().catch(() => undefined);
    if (this.closed) return;
    logger.warn('public data version listener lost; the public cache is bypassed until it is back', {
      message: error.message,
      retryInMs: this.retryMs,
    });
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
  }
}
