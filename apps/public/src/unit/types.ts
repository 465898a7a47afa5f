import type { UnitPageQuery } from '@zi/schema/public';

export type UnitDetail = NonNullable<UnitPageQuery['unit']>;
export type TimelineStep = UnitDetail['timeline'][number];
export type UnitPredicate = UnitDetail['predicates'][number];
export type UnitPact = UnitDetail['pacts'][number];
