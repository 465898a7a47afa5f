import type pg from 'pg';
import { ChannelListener } from '../db/channel-listener.js';

/** The channel the bump trigger announces each new public data version on (migration 1765800000000). */
export const VERSION_CHANNEL = 'public_data_version';

/** How the listener's session shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'zi-api-version-listener';

/**
 * The public data version held in memory: a listening connection of its own
 * (db/channel-listener.ts) hears the trigger's channel and reads the version once per (re)connect,
 * so no request asks the database for it. While that connection is down nobody can say whether a
 * write happened, so `current()` is null and the byte cache is bypassed until the listener is back.
 */
export class PublicDataVersionListener {
  private readonly listener: ChannelListener;
  /** Highest version seen on the current connection. */
  private version = 0n;
  /** Set once the current connection listens and has read the version. */
  private listening = false;
  /** Counts connections, so a version read after a reconnect never matches one from before. */
  private connections = 0;
  private token: string | null = null;

  constructor(settings: pg.ClientConfig) {
    this.listener = new ChannelListener(settings, {
      name: 'public data version listener (the public cache is bypassed until it is back)',
      channels: [VERSION_CHANNEL],
      heard: this.notified,
      // LISTEN comes before this read: a write committed in between is announced rather than missed.
      connected: async (client) => {
        const { rows } = await client.query<{ version: string }>('SELECT version FROM public_data_version');
        this.connections += 1;
        this.listening = true;
        this.advance(BigInt(rows[0]?.version ?? 0));
      },
      lost: () => {
        this.listening = false;
        this.token = null;
        this.version = 0n;
      },
    });
  }

  /** The version to key cached responses by; null while not listening. */
  current(): string | null {
    return this.token;
  }

  /** Connects once and returns; if that fails the listener keeps retrying in the background. */
  start(): Promise<void> {
    return this.listener.start();
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
    this.token = null;
    this.listening = false;
    await this.listener.close();
  }

  private readonly notified = ({ channel, payload }: pg.Notification): void => {
    if (channel === VERSION_CHANNEL && payload) this.advance(BigInt(payload));
  };

  /** Versions only grow; notifications of one transaction may arrive after the read that saw it. */
  private advance(version: bigint): void {
    if (version > this.version) this.version = version;
    if (this.listening) this.token = `${this.connections}.${this.version}`;
  }
}
