import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/connection.js';
import { OrderDirection } from '../../common/order-direction.js';
import { MaxText } from '../../common/validation.js';
import { Pact } from './pact.entity.js';

@InputType()
export class PactFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  instansiId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Signed in this year.' })
  @IsOptional()
  @IsInt()
  @Min(2000, { message: 'must be 2000 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: "Words in the unit's or the leader's name." })
  @IsOptional()
  @MaxText(100)
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True lists the pacts of archived units too; lists leave them out by default.',
  })
  @IsOptional()
  includeArchived?: boolean | null;
}

export enum PactOrderField {
  SIGNED_ON = 'signed_on',
  SIGNATORY_COUNT = 'signatory_count',
}
registerEnumType(PactOrderField, { name: 'PactOrderField' });

@InputType()
export class PactOrder {
  @Field(() => PactOrderField, { defaultValue: PactOrderField.SIGNED_ON })
  field: PactOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction: OrderDirection;
}

@ObjectType()
export class PactConnection extends ConnectionType('Pact', Pact) {}

@ArgsType()
export class PactsArgs extends PageArgs {
  @Field(() => PactFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PactFilter | null;

  @Field(() => PactOrder, { nullable: true, description: 'Default: newest first.' })
  orderBy?: PactOrder | null;
}
