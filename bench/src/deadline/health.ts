import type { Client } from './client.js';
import type { Soak } from './virtual-users.js';

export const HEALTH_EVERY_MS = 250;
export const SLOW_HEALTH_MS = 1_000;

export interface HealthRecord {
  times: number[];
  /** Probes over a second, or without an answer, with when they were sent (seconds into the soak). */
  slow: Array<{ atSeconds: number; ms: number; failure: string | null }>;
  /** Probes answered in time but not with 200 (e.g. 503 when the database is unreachable). */
  failed: number;
}

/** Asks `/healthz` every 250 ms (a slow answer delays the next probe) until the soak ends. */
export async function watchHealth(soak: Soak, client: Client, startedAt: number, timeoutSeconds: number) {
  const record: HealthRecord = { times: [], slow: [], failed: 0 };
  while (soak.running()) {
    const sent = performance.now();
    const { ms, failure } = await client.health(timeoutSeconds);
    record.times.push(ms);
    if (ms > SLOW_HEALTH_MS)
      record.slow.push({ atSeconds: (sent - startedAt) / 1_000, ms, failure: failure?.kind ?? null });
    else if (failure) record.failed += 1;
    await soak.pause(HEALTH_EVERY_MS - (performance.now() - sent));
  }
  return record;
}
