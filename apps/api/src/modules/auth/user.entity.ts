import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';

export enum Role {
  ADMIN = 'admin',
  EVALUATOR = 'evaluator',
  UNIT_OPERATOR = 'unit_operator',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'Inspektorat staff: everything within their instansi.' },
    EVALUATOR: { description: 'A TPI evaluator: the units assigned to them.' },
    UNIT_OPERATOR: { description: "A unit's ZI team member: their own unit only." },
  },
});

export enum MailPreference {
  IMMEDIATE = 'immediate',
  DAILY_DIGEST = 'daily_digest',
  OFF = 'off',
}
registerEnumType(MailPreference, {
  name: 'MailPreference',
  valuesConfig: {
    IMMEDIATE: { description: 'A mail for each notification.' },
    DAILY_DIGEST: { description: 'One mail a day with every new notification.' },
    OFF: { description: 'No mail; notifications only in the portal.' },
  },
});

@ObjectType('User', { description: 'A person who logs in to the admin portal.' })
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('User', this.id);
  }

  @Field()
  @Column('text')
  name: string;

  @Field()
  @Column('text', { unique: true })
  email: string;

  /** Null until the person sets a password through their one-time link. */
  @Column('text', { nullable: true })
  passwordHash: string | null;

  @Field(() => MailPreference)
  @Column('text')
  mailPreference: MailPreference;

  @Field(() => Role)
  @Column('text')
  role: Role;

  @Index()
  @Column('uuid', { nullable: true })
  instansiId: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Field({ description: 'False: cannot log in.' })
  @Column('boolean')
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'An evaluator assigned to a unit.' })
@Entity('evaluator_assignment')
export class EvaluatorAssignment {
  @Column('uuid', { primary: true })
  userId: string;

  @Index()
  @Column('uuid', { primary: true })
  unitId: string;

  /** The team lead (ketua tim) of the unit's evaluators, who makes the second review. */
  @Field({ description: "Whether they lead the unit's team (ketua tim) and make the second review." })
  @Column('boolean')
  lead: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
