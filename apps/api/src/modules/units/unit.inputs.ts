import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../common/order-direction.js';
import { IsRegionCode, MaxText } from '../../common/validation.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { Stage } from '../stages/stage-event.entity.js';
import { UnitKind } from './unit.entity.js';

@InputType({ description: 'All given conditions must hold.' })
export class UnitFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all appear in the name or the aliases, any case; a unit with an alias equal to the search comes first.',
  })
  @IsOptional()
  @MaxText(100)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  instansiId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A Kemendagri region code: units whose own region, or else their instansi’s, is it or lies in it ("64" includes "64.71").',
  })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string | null;

  @Field(() => Stage, { nullable: true, description: 'The current stage.' })
  @IsOptional()
  stage?: Stage | null;

  @Field(() => PredicateKind, {
    nullable: true,
    description: 'Its active predicate: the highest held now (WBBM over WBK, not revoked).',
  })
  @IsOptional()
  predicate?: PredicateKind | null;

  @Field(() => UnitKind, { nullable: true })
  @IsOptional()
  kind?: UnitKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: units building ZI (any stage); false: the others.',
  })
  @IsOptional()
  buildingZi?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Has a step of its timeline in this program year.' })
  @IsOptional()
  @IsInt()
  @Min(2012, { message: 'must be 2012 or later' })
  @Max(2100, { message: 'must be 2100 or earlier' })
  year?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True lists archived units too (each says so in `archivedOn`); lists leave them out by default.',
  })
  @IsOptional()
  includeArchived?: boolean | null;
}

export enum UnitOrderField {
  NAME = 'name',
  CURRENT_STAGE_ON = 'current_stage_on',
}
registerEnumType(UnitOrderField, {
  name: 'UnitOrderField',
  valuesConfig: {
    NAME: { description: 'Alphabetically by name.' },
    CURRENT_STAGE_ON: {
      description: 'By the date of the current stage; units with no stage sort as the oldest.',
    },
  },
});

@InputType()
export class UnitOrder {
  @Field(() => UnitOrderField, { defaultValue: UnitOrderField.NAME })
  field: UnitOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection;
}
