import { NOTE_MAX_LENGTH } from '@zi/lke';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MaxText } from '../../common/validation.js';
import { AnswerLayer } from './assessment.entity.js';

@InputType()
export class StartAssessmentInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2012, { message: 'must be 2012 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Default: the current regulation’s framework.' })
  @IsOptional()
  @MaxText(60)
  frameworkCode?: string | null;
}

@InputType({
  description: 'Give `option` for a choice question, `number` for a survey or a count, neither to clear.',
})
export class AnswerInput {
  @Field({ description: 'A question or count input code, e.g. "A.I.1.i.b".' })
  @MaxText(60)
  code: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(10)
  option?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  number?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(NOTE_MAX_LENGTH)
  note?: string | null;

  @Field(() => Int, { description: 'The version this edit is based on; 0 for a first answer.' })
  @IsInt()
  @Min(0, { message: 'must be 0 or more' })
  version: number;
}

@InputType()
export class SetAnswersInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => AnswerLayer)
  layer: AnswerLayer;

  @Field(() => [AnswerInput])
  @ArrayMinSize(1, { message: 'must hold at least one answer' })
  @ArrayMaxSize(500, { message: 'must hold at most 500 answers' })
  @ValidateNested({ each: true })
  answers: AnswerInput[];
}

@InputType()
export class AcceptUnitAnswersInput {
  @Field(() => ID, { description: 'The assessment whose TPI layer takes the unit’s answers.' })
  assessmentId: string;
}
