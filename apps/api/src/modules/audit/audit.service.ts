import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  ip?: string | null;
}

const GENESIS = '0'.repeat(64);

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

function hashOf(prevHash: string, event: Omit<AuditEvent, 'id' | 'hash' | 'prevHash'>): string {
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

/**
 * Appends to the audit log inside the caller's transaction, so the record and the change it
 * describes commit or fail together. Each row's hash covers the previous row's hash: removing or
 * editing a row breaks the chain, which `verifyAuditChain` detects.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('audit_event'))`);
  const [last] = (await manager.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1')) as {
    hash: string;
  }[];
  const prevHash = last?.hash ?? GENESIS;
  const event = {
    occurredAt: new Date(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
  };
  await manager.query(
    `INSERT INTO audit_event (occurred_at, actor_user_id, action, entity, entity_id, before, after, ip, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      event.occurredAt,
      event.actorUserId,
      event.action,
      event.entity,
      event.entityId,
      event.before === null ? null : JSON.stringify(event.before),
      event.after === null ? null : JSON.stringify(event.after),
      event.ip,
      prevHash,
      hashOf(prevHash, event),
    ],
  );
}

/** Returns the id of the first row whose hash does not follow from its predecessor, or null. */
export async function verifyAuditChain(manager: EntityManager): Promise<string | null> {
  const events = await manager.getRepository(AuditEvent).find({ order: { id: 'ASC' } });
  let prevHash = GENESIS;
  for (const event of events) {
    if (event.prevHash !== prevHash || hashOf(prevHash, event) !== event.hash) return event.id;
    prevHash = event.hash;
  }
  return null;
}

/** An audited change made by a signed-in person, with where the request came from. */
export function recordChange(
  manager: EntityManager,
  viewer: { id: string },
  request: { ip: string | null },
  action: string,
  entity: string,
  entityId: string,
  before: object | null,
  after: object | null,
): Promise<void> {
  return recordAudit(manager, {
    actorUserId: viewer.id,
    action,
    entity,
    entityId,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown> | null,
    ip: request.ip,
  });
}
