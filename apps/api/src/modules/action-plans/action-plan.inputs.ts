import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/connection.js';
import { IsFilledText, IsWebLink, MaxText } from '../../common/validation.js';
import { ChangeArea } from '../monitoring/change-area.js';
import { ActionPlanItem, PlanItemStatus } from './action-plan-item.entity.js';

@InputType({ description: 'An activity of a unit’s action plan.' })
export class ActionPlanItemInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => Int)
  @Min(2012, { message: 'must be 2012 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year: number;

  @Field(() => ChangeArea)
  area: ChangeArea;

  @Field()
  @IsFilledText(2000)
  activity: string;

  @Field()
  @IsFilledText(2000)
  output: string;

  @Field(() => Int)
  @Min(1, { message: 'must be 1 to 4' })
  @Max(4, { message: 'must be 1 to 4' })
  targetQuarter: number;

  @Field()
  @IsFilledText(200)
  personInCharge: string;
}

@InputType({ description: 'What the unit did on an activity.' })
export class ActionPlanProgressInput {
  @Field(() => ID)
  itemId: string;

  @Field(() => PlanItemStatus)
  status: PlanItemStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(4000)
  realisation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebLink()
  @MaxText(2000)
  evidenceUrl?: string | null;
}

@ArgsType()
export class ActionPlanArgs {
  @Field(() => ID)
  unitId: string;

  @Field(() => Int)
  @Min(2012, { message: 'must be 2012 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year: number;
}

@ArgsType()
export class LatePlanItemsArgs extends PageArgs {
  @Field(() => ChangeArea, { nullable: true, description: 'The late activities of one change area.' })
  area?: ChangeArea | null;

  @Field(() => ID, { nullable: true, description: 'One unit’s late activities.' })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Activities of one plan year; every year when omitted.' })
  @IsOptional()
  @Min(2012, { message: 'must be 2012 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year?: number | null;
}

@ObjectType()
export class ActionPlanItemConnection extends ConnectionType('ActionPlanItem', ActionPlanItem) {}
