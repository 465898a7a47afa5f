import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';

export enum AssessmentStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  IN_REVIEW = 'in_review',
  RETURNED = 'returned',
  SECOND_REVIEW = 'second_review',
  EVALUATED = 'evaluated',
  PROPOSED = 'proposed',
  NOT_PROPOSED = 'not_proposed',
  AWARDED = 'awarded',
  NOT_AWARDED = 'not_awarded',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  valuesConfig: {
    DRAFT: { description: 'The unit is filling its self-assessment.' },
    SUBMITTED: { description: 'Submitted by the unit for TPI evaluation.' },
    IN_REVIEW: { description: 'The TPI is evaluating.' },
    RETURNED: { description: 'Questions returned to the unit for revision.' },
    SECOND_REVIEW: { description: "Approved by the TPI; awaiting the team lead's (ketua tim) decision." },
    EVALUATED: { description: 'The TPI approved its evaluation; the worksheet is locked.' },
    PROPOSED: { description: 'Proposed by the Inspektorat to KemenPANRB.' },
    NOT_PROPOSED: { description: 'Evaluated but not proposed this year.' },
    AWARDED: { description: 'The national team awarded WBK or WBBM.' },
    NOT_AWARDED: { description: 'Proposed and not awarded by the national team.' },
  },
});

export enum AnswerLayer {
  UNIT = 'unit',
  TPI = 'tpi',
  REVIEW = 'review',
}
registerEnumType(AnswerLayer, {
  name: 'AnswerLayer',
  description: 'Whose answers: a layer never overwrites another.',
  valuesConfig: {
    UNIT: { description: "The unit's self-assessment." },
    TPI: { description: "The internal assessment team's (TPI) evaluation." },
    REVIEW: { description: 'A higher review (ketua tim, or a ministry’s second TPI).' },
  },
});

@ObjectType({ description: "One unit's evaluation worksheet (LKE) for one year, under one framework." })
@Entity('assessment')
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Assessment', this.id);
  }

  @Index()
  @Column('uuid')
  unitId: string;

  @Field(() => Int)
  @Column('integer')
  year: number;

  @Index()
  @Column('text')
  frameworkCode: string;

  @Field(() => AssessmentStatus)
  @Column('text')
  status: AssessmentStatus;

  @Index()
  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
