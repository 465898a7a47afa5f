import type { EntityManager } from 'typeorm';
import { lockTransaction } from '../../common/locks.queries.js';
import { appendAuditEvent, lastAuditHash } from './audit.queries.js';
import { GENESIS, hashOf, walkAuditChain } from './audit-chain.js';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  ip?: string | null;
}

/**
 * Appends to the audit log inside the caller's transaction, so the record and the change it
 * describes commit or fail together. Each row's hash covers the previous row's hash: removing or
 * editing a row breaks the chain, which `verifyAuditChain` detects.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await lockTransaction(manager, { key: 'audit_event' });
  const [last] = await lastAuditHash(manager);
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
  await appendAuditEvent(manager, {
    ...event,
    before: event.before === null ? null : JSON.stringify(event.before),
    after: event.after === null ? null : JSON.stringify(event.after),
    prevHash,
    hash: hashOf(prevHash, event),
  });
}

/** Returns the id of the first row whose hash does not follow from its predecessor, or null. */
export async function verifyAuditChain(manager: EntityManager): Promise<string | null> {
  const walk = await walkAuditChain((sql, params) => manager.query(sql, params));
  return walk.firstBroken?.id ?? null;
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
