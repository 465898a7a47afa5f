import type { PredicateKind, Stage, UnitKind } from '@zi/schema/public';

/** Every value of an enum, in the record's order; the record makes a missing value a type error. */
export function valuesOf<E extends string>(all: Record<E, true>): E[] {
  return Object.keys(all) as E[];
}

/** In lifecycle order, as a unit walks them. */
export const STAGES = valuesOf<Stage>({
  DECLARED: true,
  BUILDING: true,
  SELF_ASSESSED: true,
  TPI_EVALUATED: true,
  PROPOSED: true,
  WBK: true,
  WBBM: true,
  NOT_AWARDED: true,
  REVOKED: true,
});

export const UNIT_KINDS = valuesOf<UnitKind>({
  DINAS: true,
  BADAN: true,
  RSUD: true,
  PUSKESMAS: true,
  SCHOOL: true,
  KECAMATAN: true,
  OTHER: true,
});

export const PREDICATE_KINDS = valuesOf<PredicateKind>({ WBK: true, WBBM: true });
