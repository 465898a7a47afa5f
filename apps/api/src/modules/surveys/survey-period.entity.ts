import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id.js';
import { LocalDate } from '../../common/scalars.js';
import { SampleMethod, ScaleConversion } from './survey-enums.js';

@ObjectType({
  description:
    "A unit's perception survey over a span of days: its public page, its rules and its responses.",
})
@Entity('survey_period')
export class SurveyPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('SurveyPeriod', this.id);
  }

  @Index()
  @Column('uuid')
  unitId: string;

  @Field({ description: 'The short code of its public page, /survei/<code>.' })
  @Column('text', { unique: true })
  code: string;

  @Field({ description: 'What the unit calls it, e.g. "Triwulan IV 2026".' })
  @Column('text')
  title: string;

  @Field(() => LocalDate)
  @Column('date')
  startsOn: string;

  @Field(() => LocalDate, { description: 'The last day responses are taken (the unit’s instansi’s day).' })
  @Column('date')
  endsOn: string;

  @Field(() => Int, { description: 'The worksheet year its indices go into.' })
  @Column('integer')
  year: number;

  @Field(() => [String], { description: 'The instrument codes it asks, e.g. SPKP-2023 and SPAK-2023.' })
  @Column('text', { array: true })
  instruments: string[];

  @Field(() => Int, { description: 'Ratings run from 1 to this, as the instansi set when it opened.' })
  @Column('integer')
  scalePoints: number;

  @Field(() => ScaleConversion)
  @Column('text')
  conversion: ScaleConversion;

  @Field(() => SampleMethod)
  @Column('text')
  sampleMethod: SampleMethod;

  @Field(() => [String], { description: 'The services a respondent picks from.' })
  @Column('text', { array: true })
  serviceTypes: string[];

  @Field(() => Int, { nullable: true, description: 'Service users in the span, as the unit counts them.' })
  @Column('integer', { nullable: true })
  serviceUsers: number | null;

  @Field({
    description: 'Whether the public page of the unit shows its counts and indices before it closes.',
  })
  @Column('boolean')
  publicWhileOpen: boolean;

  @Column('uuid')
  createdBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('uuid', { nullable: true })
  closedBy: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was closed and its indices went into the worksheet.',
  })
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with an edit; a stale version is a CONFLICT.' })
  @Column('integer')
  version: number;
}
