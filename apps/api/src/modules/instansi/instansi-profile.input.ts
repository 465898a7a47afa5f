import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsFilledText, IsInstansiRegionCode } from '../../common/validation.js';

@InputType({ description: 'How the instansi is named and placed; its kind does not change.' })
export class InstansiProfileInput {
  @Field()
  @IsFilledText(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Required except for a ministry.' })
  @IsOptional()
  @IsInstansiRegionCode()
  regionCode?: string | null;
}
