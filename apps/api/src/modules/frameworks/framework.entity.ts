import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A stored copy of a @zi/lke framework: assessments reference it, and it may never change. */
@Entity('lke_framework')
export class StoredFramework {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  version: string;

  @Column('text')
  title: string;

  @Column('text')
  regulation: string;

  @Column('jsonb')
  definition: unknown;

  @Column('text')
  contentHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  storedAt: Date;
}
