import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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

@ObjectType('User', { description: 'A person who logs in to the admin portal.' })
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field()
  @Column('text', { unique: true })
  email: string;

  @Column('text')
  passwordHash: string;

  @Field(() => Role)
  @Column('text')
  role: Role;

  @Index()
  @Column('uuid', { nullable: true })
  instansiId: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Column('boolean')
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('evaluator_assignment')
export class EvaluatorAssignment {
  @Column('uuid', { primary: true })
  userId: string;

  @Index()
  @Column('uuid', { primary: true })
  unitId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
