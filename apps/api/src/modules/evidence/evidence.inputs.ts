import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsFilledText, IsWebLink } from '../../common/validation.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';

@InputType({ description: 'A link to a document kept elsewhere (a shared drive, a website).' })
export class EvidenceLinkInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => AnswerLayer)
  layer: AnswerLayer;

  @Field({ description: 'The question code.' })
  @MaxLength(60, { message: 'must be at most 60 characters' })
  code: string;

  @Field()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  @IsWebLink()
  url: string;

  @Field({ description: 'What the document is, as the evaluator should see it.' })
  @IsFilledText(300)
  name: string;
}
