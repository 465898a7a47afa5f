import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDate } from '../../common/scalars.js';

@ObjectType({
  description: 'The deadlines of a year in an instansi: filling by units, evaluation by the TPI.',
})
@Entity('assessment_window')
export class AssessmentWindow {
  @PrimaryColumn('uuid')
  instansiId: string;

  @Field(() => Int)
  @PrimaryColumn('integer')
  year: number;

  @Field(() => LocalDate, { description: 'Units fill and submit until this day (inclusive).' })
  @Column('date')
  fillUntil: string;

  @Field(() => LocalDate, { description: 'The TPI evaluates until this day (inclusive).' })
  @Column('date')
  reviewUntil: string;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;

  @Column('timestamptz')
  updatedAt: Date;
}
