import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Instansi } from '../instansi/instansi.entity.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { Stage } from '../stages/stage-event.entity.js';
import type { StatisticsScope } from './statistics.service.js';

@InputType()
export class StatisticsFilter {
  @Field(() => ID, { nullable: true })
  instansiId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A Kemendagri region code: counts units whose own region, or else their instansi’s, is it or lies in it ("64" includes "64.71").',
  })
  regionCode?: string | null;
}

@ObjectType()
export class StageCount {
  @Field(() => Stage, { nullable: true, description: 'Null: units that have not declared ZI.' })
  stage: Stage | null;

  @Field(() => Int)
  units: number;
}

@ObjectType()
export class PredicateCount {
  @Field(() => PredicateKind)
  predicate: PredicateKind;

  @Field(() => Int, {
    description:
      'Units whose active predicate it is: the highest held now (WBBM over WBK), so each unit counts once.',
  })
  units: number;
}

/** The counts every grouping of units reports, each by the registry's one rule (decision 0035). */
@ObjectType()
export abstract class UnitCounts {
  @Field(() => Int)
  units: number;

  @Field(() => Int, { description: 'Units that have declared ZI (any stage).' })
  buildingZi: number;

  @Field(() => Int, { description: 'Units whose active predicate is WBK (not upgraded to WBBM).' })
  wbk: number;

  @Field(() => Int, { description: 'Units whose active predicate is WBBM.' })
  wbbm: number;

  @Field(() => Int, { description: 'Predicates ever revoked, of the units counted.' })
  revoked: number;
}

@ObjectType()
export class InstansiStatistics extends UnitCounts {
  instansiId: string;

  @Field(() => Instansi)
  instansi: Instansi;
}

@ObjectType({
  description: 'The units of one province: those whose own region, or else their instansi’s, lies in it.',
})
export class RegionStatistics extends UnitCounts {
  @Field(() => String, {
    nullable: true,
    description: 'The province’s region code, e.g. "64"; null: units in no region.',
  })
  regionCode: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The name of the province’s own government (its instansi of kind PROVINCE), when the registry holds it.',
  })
  name: string | null;
}

@ObjectType({ description: 'How many units reached each stage in a program year.' })
export class YearStatistics {
  @Field(() => Int)
  year: number;

  @Field(() => [StageCount])
  stages: StageCount[];
}

@ObjectType({
  description:
    'Counts over the registry, for charts and the tables behind them; each part is counted only when asked.',
})
export class Statistics {
  /** Which units are counted (not in the schema). */
  scope: StatisticsScope;

  /** Parts two fields share, counted once per request. */
  counted: { stages?: Promise<StageCount[]> };
}
