import { logger } from '../../logger.js';
import { type Queryable, writeAuditCheckpoint } from './checkpoints.js';

/** How often the API anchors the audit chain's head outside the database. */
const CHECKPOINT_INTERVAL_MS = 5 * 60_000;

/**
 * Writes a checkpoint now, then every `intervalMs`; the returned stop writes a last one, so a
 * clean shutdown leaves the whole log anchored. A failed write is logged and retried next time:
 * it must never stop the API.
 */
export function startAuditCheckpoints(
  database: Queryable,
  dataDir: string,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const checkpoint = () => {
    // One write at a time: the last one at shutdown waits for a periodic one still running.
    running = running.then(() =>
      writeAuditCheckpoint(database, dataDir).then(
        (signed) => {
          if (signed) logger.info('audit checkpoint written', { checkpoint: JSON.parse(signed.payload) });
        },
        (error: unknown) =>
          logger.warn('audit checkpoint not written', {
            error: error instanceof Error ? error.message : String(error),
          }),
      ),
    );
    return running;
  };
  void checkpoint();
  const every = setInterval(() => void checkpoint(), intervalMs);
  every.unref();
  return () => {
    clearInterval(every);
    return checkpoint();
  };
}
