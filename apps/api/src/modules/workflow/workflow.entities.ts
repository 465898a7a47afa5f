import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentStatus } from '../assessments/assessment.entity.js';
import { WorkflowAction } from './workflow.machine.js';

@ObjectType({ description: 'One move of an assessment through the workflow.' })
@Entity('assessment_transition')
export class AssessmentTransition {
  @Column('bigint', { primary: true, generated: 'identity' })
  id: string;

  @Index()
  @Column('uuid')
  assessmentId: string;

  @Field(() => WorkflowAction)
  @Column('text')
  action: WorkflowAction;

  @Field(() => AssessmentStatus)
  @Column('text')
  fromStatus: AssessmentStatus;

  @Field(() => AssessmentStatus)
  @Column('text')
  toStatus: AssessmentStatus;

  @Index()
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  reason: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}

@ObjectType({ description: 'A question the TPI returned to the unit for revision.' })
@Entity('question_return')
export class QuestionReturn {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  assessmentId: string;

  @Field()
  @Column('text')
  code: string;

  @Field()
  @Column('text')
  reason: string;

  @Index()
  @Column('uuid', { nullable: true })
  returnedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  returnedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the unit resubmitted after revising it.' })
  @Column('timestamptz', { nullable: true })
  resolvedAt: Date | null;
}
