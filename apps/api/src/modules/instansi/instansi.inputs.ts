import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/connection.js';
import { OrderDirection } from '../../common/order-direction.js';
import { IsInstansiRegionCode, MaxText } from '../../common/validation.js';
import { Instansi, InstansiKind } from './instansi.entity.js';

@InputType()
export class InstansiFilter {
  @Field(() => InstansiKind, { nullable: true })
  @IsOptional()
  kind?: InstansiKind | null;

  @Field(() => String, { nullable: true, description: '"64" includes every regency and city in it.' })
  @IsOptional()
  @IsInstansiRegionCode()
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Words that must all appear in the name, any case.' })
  @IsOptional()
  @MaxText(100)
  search?: string | null;
}

export enum InstansiOrderField {
  NAME = 'name',
  REGION_CODE = 'region_code',
}
registerEnumType(InstansiOrderField, { name: 'InstansiOrderField' });

@InputType()
export class InstansiOrder {
  @Field(() => InstansiOrderField, { defaultValue: InstansiOrderField.NAME })
  field: InstansiOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}

@ObjectType()
export class InstansiConnection extends ConnectionType('Instansi', Instansi) {}

@ArgsType()
export class InstansiArgs extends PageArgs {
  @Field(() => InstansiFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: InstansiFilter | null;

  @Field(() => InstansiOrder, { nullable: true, description: 'Default: by name.' })
  orderBy?: InstansiOrder | null;
}
