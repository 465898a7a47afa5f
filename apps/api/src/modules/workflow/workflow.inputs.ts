import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { IsFilledText, MaxText } from '../../common/validation.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { WorkflowAction } from './workflow.machine.js';

@InputType({ description: 'A question returned to the unit, with what to revise.' })
export class QuestionReturnInput {
  @Field()
  @MaxText(60)
  code: string;

  @Field()
  @IsFilledText(4000)
  reason: string;
}

@InputType({ description: 'The national decision recorded with RECORD_AWARD.' })
export class AwardInput {
  @Field(() => PredicateKind)
  predicate: PredicateKind;

  @Field({ description: 'The decree (SK) number.' })
  @IsFilledText(200)
  decreeNumber: string;

  @Field(() => LocalDate)
  decreeDate: string;
}

@InputType()
export class MoveAssessmentInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => WorkflowAction)
  action: WorkflowAction;

  @Field(() => String, { nullable: true, description: 'Required to reopen or decline; kept in the history.' })
  @IsOptional()
  @MaxText(4000)
  reason?: string | null;

  @Field(() => [QuestionReturnInput], {
    nullable: true,
    description: 'With RETURN: the questions to revise.',
  })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'must hold at most 200 questions' })
  @ValidateNested({ each: true })
  returns?: QuestionReturnInput[] | null;

  @Field(() => AwardInput, { nullable: true, description: 'With RECORD_AWARD.' })
  @IsOptional()
  @ValidateNested()
  award?: AwardInput | null;
}
