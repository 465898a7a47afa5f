import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'What evidence a question expects (bukti dukung), with examples: the instansi’s own words, or the defaults drawn from the criteria.',
})
export class EvidenceGuidance {
  @Field()
  questionCode: string;

  @Field(() => [String], { description: 'The documents or data the evidence should be, one per line.' })
  expected: string[];

  @Field(() => [String])
  examples: string[];

  @Field({ description: 'True when the instansi wrote it; false for the default from the criteria.' })
  edited: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field({ description: 'Whether the viewer may rewrite it (setEvidenceGuidance) or restore the default.' })
  viewerMayEdit: boolean;
}

/** Lines a guidance holds: a short list, as it shows beside every question. */
const MOST_LINES = 10;

/** Characters a line holds; the service checks each line (`expected.N`, `examples.N`). */
export const MOST_LINE_CHARACTERS = 500;

@InputType({ description: 'The instansi’s guidance for one question of a worksheet version.' })
export class SetEvidenceGuidanceInput {
  @Field({ description: 'The worksheet version (LkeFramework.code).' })
  framework: string;

  @Field()
  questionCode: string;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'must hold at least one line' })
  @ArrayMaxSize(MOST_LINES, { message: `must hold at most ${MOST_LINES} lines` })
  expected: string[];

  @Field(() => [String])
  @ArrayMaxSize(MOST_LINES, { message: `must hold at most ${MOST_LINES} lines` })
  examples: string[];
}
