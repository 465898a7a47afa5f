import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'How the instansi is named and placed; its kind does not change.' })
export class InstansiProfileInput {
  @Field()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Required except for a ministry.' })
  @IsOptional()
  @Matches(/^[0-9]{2}(\.[0-9]{2})?$/, { message: 'must look like "64" or "64.71"' })
  regionCode?: string | null;
}
