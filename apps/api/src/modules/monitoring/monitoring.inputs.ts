import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/connection.js';
import { LocalDate } from '../../common/scalars.js';
import { IsFilledText, IsWebLink, MaxText } from '../../common/validation.js';
import { ChangeArea } from './change-area.js';
import { FollowUp, FollowUpStatus } from './follow-up.entity.js';
import { ProgressJudgement } from './monitoring-progress.entity.js';

@InputType()
export class OpenMonitoringRoundInput {
  @Field(() => Int)
  @Min(2012, { message: 'must be 2012 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year: number;

  @Field(() => Int)
  @Min(1, { message: 'must be 1 to 4' })
  @Max(4, { message: 'must be 1 to 4' })
  quarter: number;
}

@InputType({ description: "The Inspektorat's judgement of a unit's progress in one area." })
export class SetMonitoringProgressInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ChangeArea)
  area: ChangeArea;

  @Field(() => ProgressJudgement)
  judgement: ProgressJudgement;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(4000)
  note?: string | null;
}

@InputType({
  description: "One cell of the monitoring grid: a unit's judgement in one area, on the version it edits.",
})
export class MonitoringCellInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => ChangeArea)
  area: ChangeArea;

  @Field(() => ProgressJudgement)
  judgement: ProgressJudgement;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(4000)
  note?: string | null;

  @Field(() => Int, {
    description: 'The version edited, as last read; 0 for a cell not judged yet. A stale one is a CONFLICT.',
  })
  @Min(0, { message: 'must be 0 or more' })
  version: number;
}

/** A whole round at once: 2,000 units (the most an instansi's scope lists) in six areas. */
export const MAX_CELLS_AT_ONCE = 12_000;

@InputType({
  description: 'Judgements of many units and areas of one round, saved all at once or not at all.',
})
export class SaveMonitoringCellsInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => [MonitoringCellInput])
  @ArrayMinSize(1, { message: 'must hold at least one cell' })
  @ArrayMaxSize(MAX_CELLS_AT_ONCE, { message: `must hold at most ${MAX_CELLS_AT_ONCE} cells` })
  @ValidateNested({ each: true })
  cells: MonitoringCellInput[];
}

@InputType()
export class FollowUpInput {
  @Field()
  @IsFilledText(4000)
  description: string;

  @Field({ description: 'Who at the unit is responsible.' })
  @IsFilledText(200)
  ownerName: string;

  @Field(() => LocalDate, { description: 'Today or later; never in a quarter that has closed.' })
  dueOn: string;
}

@InputType()
export class RecommendationInput {
  @Field()
  @IsFilledText(4000)
  description: string;

  @Field(() => [FollowUpInput])
  @ArrayMinSize(1, { message: 'must hold at least one follow-up' })
  @ArrayMaxSize(20, { message: 'must hold at most 20 follow-ups' })
  @ValidateNested({ each: true })
  followUps: FollowUpInput[];
}

/** Units one finding may be recorded for at once: a province's agencies of one kind, say. */
const MAX_UNITS_SHARING = 300;

@InputType({ description: 'A finding with its recommendations and their follow-ups, saved all at once.' })
export class RecordFindingInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ChangeArea, { nullable: true })
  area?: ChangeArea | null;

  @Field()
  @IsFilledText(4000)
  description: string;

  @Field(() => [RecommendationInput])
  @ArrayMinSize(1, { message: 'must hold at least one recommendation' })
  @ArrayMaxSize(20, { message: 'must hold at most 20 recommendations' })
  @ValidateNested({ each: true })
  recommendations: RecommendationInput[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Other units of the round the same finding holds for: each gets its own copy, with its own recommendations and follow-ups.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_UNITS_SHARING, { message: `must name at most ${MAX_UNITS_SHARING} units` })
  alsoUnitIds?: string[] | null;
}

@InputType({ description: "The unit's answer to a follow-up." })
export class RespondToFollowUpInput {
  @Field(() => ID)
  followUpId: string;

  @Field(() => FollowUpStatus, { description: 'IN_PROGRESS or DONE.' })
  status: FollowUpStatus;

  @Field()
  @IsFilledText(4000)
  response: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebLink()
  @MaxText(2000)
  evidenceUrl?: string | null;
}

@InputType({ description: "The Inspektorat's verdict on a follow-up the unit calls done." })
export class ReviewFollowUpInput {
  @Field(() => ID)
  followUpId: string;

  @Field({ description: 'True verifies and closes it; false sends it back to the unit.' })
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'Required when sending back: what is still missing.' })
  @IsOptional()
  @MaxText(4000)
  note?: string | null;
}

@InputType()
export class FollowUpFilter {
  @Field(() => ID, { nullable: true })
  roundId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those a coaching session left.' })
  coachingSessionId?: string | null;

  @Field(() => [FollowUpStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4, { message: 'must hold at most 4 statuses' })
  status?: FollowUpStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those past their due date and not done.' })
  overdue?: boolean | null;
}

@ArgsType()
export class FollowUpsArgs extends PageArgs {
  @Field(() => FollowUpFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: FollowUpFilter | null;
}

@ObjectType()
export class FollowUpConnection extends ConnectionType('FollowUp', FollowUp) {}
