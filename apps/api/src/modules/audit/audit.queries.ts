import { defineCommand, defineQuery, type NoParams } from '../../common/sql-query.js';

/** The newest event's hash, which the next event's covers. */
export const lastAuditHash = defineQuery<NoParams, { hash: string }>({
  sql: 'SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1',
  columns: { hash: 'text' },
});

export const appendAuditEvent = defineCommand<{
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}>(
  `INSERT INTO audit_event (occurred_at, actor_user_id, action, entity, entity_id, before, after, ip, prev_hash, hash)
   VALUES (:occurredAt, :actorUserId, :action, :entity, :entityId, :before, :after, :ip, :prevHash, :hash)`,
);
