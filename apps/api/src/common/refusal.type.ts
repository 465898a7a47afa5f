import { Field, ObjectType } from 'type-graphql';
import { RefusalReason } from './refusal-reason.js';

/**
 * The reasons clients translate, in both schemas: no field returns a refusal, so this type, which
 * names the `extensions` of a refused request, carries the enum into the SDL.
 */
@ObjectType({ description: 'The `extensions` of an error by which the API refuses a request.' })
export class Refusal {
  @Field(() => RefusalReason)
  reason: RefusalReason;

  @Field(() => String, { nullable: true, description: 'The input field refused, as a dotted path.' })
  field?: string | null;
}
