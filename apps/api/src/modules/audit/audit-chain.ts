import { createHash } from 'node:crypto';

/** The `prev_hash` of the first event. */
export const GENESIS = '0'.repeat(64);

/** The fields an event's hash covers, besides the previous event's hash. */
export interface HashedFields {
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

/** JSON with sorted keys at every level, so the hash survives jsonb's reordering. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashOf(prevHash: string, event: HashedFields): string {
  const content = canonical({
    occurredAt: event.occurredAt,
    actorUserId: event.actorUserId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
    ip: event.ip,
  });
  return createHash('sha256').update(prevHash).update(content).digest('hex');
}

/** Runs one SQL statement and returns its rows: a pg client, a DataSource or an EntityManager. */
export type QueryRows = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

/** An event's place in the chain: `position` counts from 1, in id order. */
export interface ChainPoint {
  id: string;
  position: number;
  hash: string;
}

export interface ChainWalk {
  events: number;
  head: ChainPoint | null;
  /** The first event whose hash does not follow from the one before it. */
  firstBroken: ChainPoint | null;
  /** The events asked for by id that the chain holds. */
  found: Map<string, ChainPoint>;
}

const BATCH = 5_000;

/**
 * Recomputes the chain in id order, a batch at a time so that a long log never sits in memory,
 * and notes where the events in `lookFor` stand. For one consistent view, run it inside a
 * REPEATABLE READ transaction.
 */
export async function walkAuditChain(
  rows: QueryRows,
  lookFor: ReadonlySet<string> = new Set(),
): Promise<ChainWalk> {
  const walk: ChainWalk = { events: 0, head: null, firstBroken: null, found: new Map() };
  let prevHash = GENESIS;
  let afterId = '0';
  for (;;) {
    const batch = (await rows(
      `SELECT id, occurred_at, actor_user_id, action, entity, entity_id, before, after, ip, prev_hash, hash
         FROM audit_event WHERE id > $1 ORDER BY id LIMIT $2`,
      [afterId, BATCH],
    )) as unknown as AuditRow[];
    for (const row of batch) {
      walk.events += 1;
      const point = { id: String(row.id), position: walk.events, hash: row.hash };
      const expected = hashOf(prevHash, {
        occurredAt: row.occurred_at,
        actorUserId: row.actor_user_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        ip: row.ip,
      });
      if (!walk.firstBroken && (row.prev_hash !== prevHash || row.hash !== expected))
        walk.firstBroken = point;
      if (lookFor.has(point.id)) walk.found.set(point.id, point);
      walk.head = point;
      // Each later event is checked against its stored predecessor, so one change is named once.
      prevHash = row.hash;
    }
    if (batch.length < BATCH) return walk;
    afterId = String(batch.at(-1)?.id);
  }
}
