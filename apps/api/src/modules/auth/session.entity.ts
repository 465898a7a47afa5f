import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A login session. The id is the SHA-256 of the cookie token, so a leaked table grants nothing. */
@Entity('session')
export class Session {
  @PrimaryColumn('text')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('text', { nullable: true })
  ip: string | null;

  @Column('text', { nullable: true })
  userAgent: string | null;
}
