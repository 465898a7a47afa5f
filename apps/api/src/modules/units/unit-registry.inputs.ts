import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsFilledText, IsRegionCode, IsUnitCode, MaxText } from '../../common/validation.js';
import { UnitsArgs } from './unit.connection.js';
import { UnitKind } from './unit.entity.js';
import { MAX_ALIAS_LENGTH, MAX_ALIASES } from './unit-aliases.js';

@InputType({ description: 'A unit as the Inspektorat registers it.' })
export class UnitInput {
  @Field()
  @IsFilledText(200)
  name: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => String, { nullable: true, description: "The Inspektorat's code: the key of re-imports." })
  @IsOptional()
  @IsUnitCode()
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Kemendagri region code, e.g. "64.71" or "64.71.01".' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(500)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  headName?: string | null;

  @Field({ defaultValue: false })
  servesPublic: boolean;

  @Field(() => [String], {
    nullable: true,
    description: `Acronyms and short names ("DPMPTSP", "Bappeda"), at most ${MAX_ALIASES}, each up to ${MAX_ALIAS_LENGTH} characters, no commas.`,
  })
  @IsOptional()
  aliases?: string[] | null;
}

@InputType()
export class ArchiveUnitInput {
  @Field(() => ID)
  unitId: string;

  @Field({ description: 'Why: merged, dissolved, renamed into another unit…' })
  @IsFilledText(1000)
  reason: string;
}

@ArgsType()
export class AdminUnitsArgs extends UnitsArgs {
  @Field(() => Boolean, { nullable: true, description: 'True lists archived units instead of active ones.' })
  archived?: boolean | null;
}
