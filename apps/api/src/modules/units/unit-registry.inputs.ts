import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { UnitsArgs } from './unit.connection.js';
import { UnitKind } from './unit.entity.js';

export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
export const REGION_CODE = /^[0-9]{2}(\.[0-9]{2}){0,3}$/;

@InputType({ description: 'A unit as the Inspektorat registers it.' })
export class UnitInput {
  @Field()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => String, { nullable: true, description: "The Inspektorat's code: the key of re-imports." })
  @IsOptional()
  @Matches(UNIT_CODE, {
    message: 'must be 1 to 40 letters, digits, or . _ / -, starting with a letter or digit',
  })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Kemendagri region code, e.g. "64.71" or "64.71.01".' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'must look like "64", "64.71" or "64.71.01"' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  headName?: string | null;

  @Field({ defaultValue: false })
  servesPublic: boolean;
}

@InputType()
export class ArchiveUnitInput {
  @Field(() => ID)
  unitId: string;

  @Field({ description: 'Why: merged, dissolved, renamed into another unit…' })
  @Length(1, 1000, { message: 'must be 1 to 1000 characters' })
  reason: string;
}

@ArgsType()
export class AdminUnitsArgs extends UnitsArgs {
  @Field(() => Boolean, { nullable: true, description: 'True lists archived units instead of active ones.' })
  archived?: boolean | null;
}
