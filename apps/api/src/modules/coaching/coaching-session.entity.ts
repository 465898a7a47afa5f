import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';

export enum CoachingKind {
  COACHING = 'coaching',
  SOCIALISATION = 'socialisation',
}
registerEnumType(CoachingKind, {
  name: 'CoachingKind',
  valuesConfig: {
    COACHING: { description: 'Pendampingan: working with a few units on their ZI.' },
    SOCIALISATION: { description: 'Sosialisasi: an event explaining ZI to many units.' },
  },
});

@ObjectType({ description: 'A coaching session or socialisation event of the Inspektorat.' })
@Entity('coaching_session')
export class CoachingSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('CoachingSession', this.id);
  }

  @Index()
  @Column('uuid')
  instansiId: string;

  @Field(() => CoachingKind)
  @Column('text')
  kind: CoachingKind;

  @Field()
  @Column('text')
  topic: string;

  @Field()
  @Column('timestamptz')
  startsAt: Date;

  @Field()
  @Column('timestamptz')
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  onlineUrl: string | null;

  @Field(() => String, { nullable: true, description: 'A link to the materials.' })
  @Column('text', { nullable: true })
  materialsUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes: string | null;

  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A unit invited to a session, and whether it came.' })
@Entity('coaching_invitation')
export class CoachingInvitation {
  @PrimaryColumn('uuid')
  sessionId: string;

  @Index()
  @PrimaryColumn('uuid')
  unitId: string;

  @Field(() => Boolean, { nullable: true, description: 'Null until attendance is recorded.' })
  @Column('boolean', { nullable: true })
  attended: boolean | null;
}
