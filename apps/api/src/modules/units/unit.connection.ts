import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../common/connection.js';
import { Unit } from './unit.entity.js';
import { UnitFilter, UnitOrder } from './unit.inputs.js';

@ObjectType()
export class UnitConnection extends ConnectionType('Unit', Unit) {}

@ArgsType()
export class UnitsArgs extends PageArgs {
  @Field(() => UnitFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UnitFilter | null;

  @Field(() => UnitOrder, { nullable: true, description: 'Default: by name, ascending.' })
  orderBy?: UnitOrder | null;
}
