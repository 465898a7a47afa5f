import { IsInt, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { IsFilledText } from '../../common/validation.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';

@InputType()
export class AssessmentWindowInput {
  @Field(() => Int)
  @IsInt()
  @Min(2012, { message: 'must be 2012 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year: number;

  @Field(() => LocalDate)
  fillUntil: string;

  @Field(() => LocalDate)
  reviewUntil: string;
}

@InputType({
  description: 'Opens a layer of one assessment until a day later than it is open until now, for a reason.',
})
export class ReopenLayerInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => AnswerLayer)
  layer: AnswerLayer;

  @Field(() => LocalDate)
  until: string;

  @Field()
  @IsFilledText(4000)
  reason: string;
}
