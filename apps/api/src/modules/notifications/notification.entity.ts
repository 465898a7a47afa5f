import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';

export enum NotificationKind {
  ASSIGNMENT = 'assignment',
  QUESTION_RETURNED = 'question_returned',
  FOLLOW_UP_DUE = 'follow_up_due',
  FOLLOW_UP_OVERDUE = 'follow_up_overdue',
  WINDOW_CLOSING = 'window_closing',
  COACHING_INVITATION = 'coaching_invitation',
  SECOND_REVIEW_WAITING = 'second_review_waiting',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesConfig: {
    ASSIGNMENT: { description: 'Units were assigned to the evaluator: params.units, params.unitNames.' },
    QUESTION_RETURNED: {
      description: 'The TPI returned questions: params.unitName, params.codes, params.year.',
    },
    FOLLOW_UP_DUE: {
      description: 'A follow-up is due soon: params.description, params.dueOn, params.unitName.',
    },
    FOLLOW_UP_OVERDUE: {
      description: 'A follow-up is overdue: params.description, params.dueOn, params.unitName.',
    },
    WINDOW_CLOSING: {
      description: 'A filling or evaluation window closes soon: params.layer, params.until, params.unitName.',
    },
    COACHING_INVITATION: {
      description:
        'A unit is invited to coaching: params.topic, params.startsAt, params.endsAt, params.timeZone, params.place, params.onlineUrl, params.unitName.',
    },
    SECOND_REVIEW_WAITING: {
      description:
        "A TPI approval waits for the team lead's second review: params.unitName, params.year, params.approverName.",
    },
  },
});

@ObjectType({
  description: 'Something a person should know or do; the portal renders it from kind and params.',
})
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Notification', this.id);
  }

  @Index()
  @Column('uuid')
  userId: string;

  @Field(() => NotificationKind)
  @Column('text')
  kind: NotificationKind;

  @Field(() => JSONObjectResolver)
  @Column('jsonb')
  params: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Where in the portal to act on it, e.g. "/admin/..."' })
  @Column('text', { nullable: true })
  link: string | null;

  @Column('text', { nullable: true })
  dedupeKey: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { nullable: true })
  readAt: Date | null;

  @Column('timestamptz', { nullable: true })
  mailedAt: Date | null;
}
