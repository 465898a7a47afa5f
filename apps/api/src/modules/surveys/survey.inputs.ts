import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { IsFilledText, MaxText } from '../../common/validation.js';
import { ExclusionReason, SampleMethod, ScaleConversion } from './survey-enums.js';

/** How many services a period offers its respondents at most, and how long one's name may be. */
export const MOST_SERVICE_TYPES = 30;
export const SERVICE_TYPE_LENGTH = 120;

@InputType({ description: "An instansi's survey rules; each new period copies them." })
export class SetSurveySettingsInput {
  @Field(() => Int, { description: 'Ratings run from 1 to this: 4 is the LKE’s own; 2 to 10.' })
  @Min(2, { message: 'must be 2 or more' })
  @Max(10, { message: 'must be 10 or less' })
  scalePoints: number;

  @Field(() => ScaleConversion)
  conversion: ScaleConversion;

  @Field(() => SampleMethod)
  sampleMethod: SampleMethod;

  @Field({ description: 'Whether units’ public pages show a period’s counts and indices before it closes.' })
  publicWhileOpen: boolean;
}

@InputType({ description: 'A new survey period of a unit: its public form opens on its first day.' })
export class OpenSurveyPeriodInput {
  @Field(() => ID)
  unitId: string;

  @Field({ description: 'What the unit calls it, e.g. "Triwulan IV 2026".' })
  @IsFilledText(120)
  title: string;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The worksheet year it feeds; the end day’s year if not given.',
  })
  @IsOptional()
  @Min(2000, { message: 'must be 2000 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year?: number | null;

  @Field(() => [String], { description: 'The services a respondent picks from; none: not asked.' })
  @ArrayMaxSize(MOST_SERVICE_TYPES, { message: `must hold at most ${MOST_SERVICE_TYPES} services` })
  @MaxLength(SERVICE_TYPE_LENGTH, {
    each: true,
    message: `each must be at most ${SERVICE_TYPE_LENGTH} characters`,
  })
  serviceTypes: string[];

  @Field(() => Int, { nullable: true, description: 'Service users in the span, for the sample size.' })
  @IsOptional()
  @Min(0, { message: 'must be 0 or more' })
  @Max(100_000_000, { message: 'must be 100,000,000 or less' })
  serviceUsers?: number | null;
}

@InputType({ description: 'Changes to an open period, on the version edited.' })
export class UpdateSurveyPeriodInput {
  @Field(() => ID)
  periodId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsFilledText(120)
  title?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MOST_SERVICE_TYPES, { message: `must hold at most ${MOST_SERVICE_TYPES} services` })
  @MaxLength(SERVICE_TYPE_LENGTH, {
    each: true,
    message: `each must be at most ${SERVICE_TYPE_LENGTH} characters`,
  })
  serviceTypes?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'must be 0 or more' })
  @Max(100_000_000, { message: 'must be 100,000,000 or less' })
  serviceUsers?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  publicWhileOpen?: boolean | null;
}

@InputType({ description: 'A decision on a response: leave it out (with a reason), or keep it.' })
export class DecideSurveyResponseInput {
  @Field(() => ID)
  responseId: string;

  @Field()
  excluded: boolean;

  @Field(() => ExclusionReason, { nullable: true, description: 'Required to leave it out.' })
  @IsOptional()
  exclusionReason?: ExclusionReason | null;

  @Field(() => String, { nullable: true, description: 'Required with OTHER.' })
  @IsOptional()
  @MaxText(500)
  note?: string | null;
}
