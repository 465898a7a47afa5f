import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsInstansiRegionCode } from '../../common/validation.js';

@InputType({ description: 'How the instansi is named and placed; its kind does not change.' })
export class InstansiProfileInput {
  @Field()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Required except for a ministry.' })
  @IsOptional()
  @IsInstansiRegionCode()
  regionCode?: string | null;
}
