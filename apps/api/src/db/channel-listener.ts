import pg from 'pg';
import { logger } from '../logger.js';

const FIRST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 5_000;
/**
 * A connection that silently stopped (a dropped network path) raises no error for a long while;
 * a round trip this often, answered within the timeout, shows it still hears the database.
 */
const HEARTBEAT_MS = 15_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

export interface ChannelHooks {
  /** Shown in the log when the connection is lost. */
  name: string;
  channels: readonly string[];
  /**
   * Runs on each new connection once it listens, before `heard` is called: read here the state
   * later notifications move on from (a write committed in between is announced, not missed).
   */
  connected?: (client: pg.Client) => Promise<void>;
  heard: (notification: pg.Notification) => void;
  /** The connection is gone; nothing is heard until `connected` runs again. */
  lost?: () => void;
}

/**
 * One connection of its own (never one from the pool) that LISTENs on some channels, reconnects
 * with a growing pause when it is lost, and proves by a heartbeat that it still hears.
 */
export class ChannelListener {
  private client: pg.Client | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retry: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly settings: pg.ClientConfig,
    private readonly hooks: ChannelHooks,
  ) {}

  /** Connects once and returns; if that fails it keeps retrying in the background. */
  start(): Promise<void> {
    return this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      ...this.settings,
      connectionTimeoutMillis: HEARTBEAT_TIMEOUT_MS,
      query_timeout: HEARTBEAT_TIMEOUT_MS,
    });
    this.client = client;
    client.on('notification', (notification) => {
      if (this.client === client) this.hooks.heard(notification);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      for (const channel of this.hooks.channels) await client.query(`LISTEN ${channel}`);
      await this.hooks.connected?.(client);
      if (this.client !== client) return;
      this.retryMs = FIRST_RETRY_MS;
      this.heartbeat = setInterval(() => {
        client.query('SELECT 1').catch((error: Error) => this.lost(client, error));
      }, HEARTBEAT_MS).unref();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    clearInterval(this.heartbeat);
    client.end().catch(() => undefined);
    this.hooks.lost?.();
    if (this.closed) return;
    logger.warn(`${this.hooks.name} lost`, { message: error.message, retryInMs: this.retryMs });
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
  }
}
