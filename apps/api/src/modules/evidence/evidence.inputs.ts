import { Field, ID, InputType } from 'type-graphql';
import { IsFilledText, IsWebLink, MaxText } from '../../common/validation.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';

@InputType({ description: 'A link to a document kept elsewhere (a shared drive, a website).' })
export class EvidenceLinkInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => AnswerLayer)
  layer: AnswerLayer;

  @Field({ description: 'The question code.' })
  @MaxText(60)
  code: string;

  @Field()
  @MaxText(2000)
  @IsWebLink()
  url: string;

  @Field({ description: 'What the document is, as the evaluator should see it.' })
  @IsFilledText(300)
  name: string;
}
