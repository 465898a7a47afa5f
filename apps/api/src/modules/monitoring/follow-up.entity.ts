import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';
import { LocalDate } from '../../common/scalars.js';

export enum FollowUpStatus {
  OPEN = 'open',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
  VERIFIED = 'verified',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  valuesConfig: {
    OPEN: { description: 'Recorded; the unit has not acted yet.' },
    IN_PROGRESS: { description: 'The unit is working on it.' },
    DONE: { description: 'The unit says it is done; awaits the Inspektorat.' },
    VERIFIED: { description: 'The Inspektorat verified and closed it.' },
  },
});

@ObjectType({ description: 'An action the unit owes on a recommendation, with an owner and a due date.' })
@Entity('follow_up')
export class FollowUp {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('FollowUp', this.id);
  }

  /** Where it comes from: a monitoring recommendation, or a coaching session. */
  @Index()
  @Column('uuid', { nullable: true })
  recommendationId: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  coachingSessionId: string | null;

  @Index()
  @Column('uuid')
  unitId: string;

  @Field()
  @Column('text')
  description: string;

  @Field({ description: 'Who at the unit is responsible.' })
  @Column('text')
  ownerName: string;

  @Field(() => LocalDate)
  @Column('date')
  dueOn: string;

  @Field(() => FollowUpStatus)
  @Column('text')
  status: FollowUpStatus;

  @Field(() => String, { nullable: true, description: "The unit's answer: what it did." })
  @Column('text', { nullable: true })
  response: string | null;

  @Field(() => String, { nullable: true, description: 'A link to the evidence of what was done.' })
  @Column('text', { nullable: true })
  evidenceUrl: string | null;

  @Column('uuid', { nullable: true })
  respondedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  respondedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The Inspektorat's latest note: why it was sent back, or what was verified.",
  })
  @Column('text', { nullable: true })
  reviewNote: string | null;

  @Column('uuid', { nullable: true })
  verifiedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
