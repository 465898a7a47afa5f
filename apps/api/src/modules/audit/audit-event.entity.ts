import { Column, Entity, Index } from 'typeorm';

/** Append-only (a trigger refuses UPDATE and DELETE) and hash-chained: see AuditService. */
@Entity('audit_event')
export class AuditEvent {
  @Column('bigint', { primary: true, generated: 'identity' })
  id: string;

  @Column('timestamptz')
  occurredAt: Date;

  @Index()
  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('text')
  action: string;

  @Column('text')
  entity: string;

  @Column('text', { nullable: true })
  entityId: string | null;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  ip: string | null;

  @Column('text')
  prevHash: string;

  @Column('text')
  hash: string;
}
