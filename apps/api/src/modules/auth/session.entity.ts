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

@Entity('login_attempt')
export class LoginAttempt {
  @Column('bigint', { primary: true, generated: 'identity' })
  id: string;

  /** SHA-256 of the normalised email: throttles per account without storing what was typed. */
  @Index()
  @Column('text')
  subject: string;

  @Column('text', { nullable: true })
  ip: string | null;

  @Column('boolean')
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt: Date;
}
