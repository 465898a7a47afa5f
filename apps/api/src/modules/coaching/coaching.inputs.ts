import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { IsFilledText, IsWebLink, MaxText } from '../../common/validation.js';
import { CoachingKind } from './coaching-session.entity.js';

@InputType({ description: 'An item a session leaves on a unit’s list of follow-ups.' })
export class CoachingFollowUpInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The invited unit that owes it; null: every invited unit owes its own.',
  })
  unitId?: string | null;

  @Field()
  @IsFilledText(4000)
  description: string;

  @Field()
  @IsFilledText(200)
  ownerName: string;

  @Field(() => LocalDate)
  dueOn: string;
}

@InputType()
export class CoachingSessionInput {
  @Field(() => CoachingKind)
  kind: CoachingKind;

  @Field()
  @IsFilledText(500)
  topic: string;

  @Field()
  startsAt: Date;

  @Field({ description: 'After startsAt.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'A place, an online link, or both.' })
  @IsOptional()
  @MaxText(500)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebLink()
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsWebLink()
  materialsUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(8000)
  notes?: string | null;

  @Field(() => [ID], { description: 'The units invited.' })
  @ArrayMinSize(1, { message: 'must invite at least one unit' })
  @ArrayMaxSize(1000, { message: 'must invite at most 1000 units' })
  unitIds: string[];

  @Field(() => [CoachingFollowUpInput], { defaultValue: [] })
  @ArrayMaxSize(200, { message: 'must hold at most 200 follow-ups' })
  @ValidateNested({ each: true })
  followUps: CoachingFollowUpInput[];
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => [ID], { description: 'The invited units that came; the others are recorded absent.' })
  @ArrayMaxSize(1000, { message: 'must name at most 1000 units' })
  attendedUnitIds: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(8000)
  notes?: string | null;
}
