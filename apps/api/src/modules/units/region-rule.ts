import { regionContains } from '../instansi/region-code.js';

/**
 * "In this region" (decision 0035): a unit is where its own Kemendagri region code says, or, if it
 * has none, where its instansi is, a code lying in a region as `regionContains` says. A unit with no
 * region at all (of a ministry) is in no region. SQL home: the functions `unit_region` and `unit_in_region` of the
 * migration 1765300000000-registry-rules; region-rule.test.ts checks the two agree. Each unit row
 * keeps its `unit_region` in `unit.effective_region` (triggers of migration 1765600000000, decision
 * 0038), so that a list filtered by region reads an index instead of asking every unit's instansi.
 */

/** The region a unit is counted in. */
export const effectiveRegion = (unitRegion: string | null, instansiRegion: string | null): string | null =>
  unitRegion ?? instansiRegion;

export const isUnitInRegion = (
  unitRegion: string | null,
  instansiRegion: string | null,
  region: string,
): boolean => regionContains(region, effectiveRegion(unitRegion, instansiRegion));

/** SQL: the region a unit is counted in, from its and its instansi's region columns. */
export const unitRegionSql = (unitRegion: string, instansiRegion: string): string =>
  `unit_region(${unitRegion}, ${instansiRegion})`;

/** SQL: the province (first segment) of the region a unit is counted in; null for none. */
export const unitProvinceSql = (unitRegion: string, instansiRegion: string): string =>
  `split_part(${unitRegionSql(unitRegion, instansiRegion)}, '.', 1)`;

/** The province (first segment) of a region code, as `unitProvinceSql` gives it. */
export const provinceOf = (code: string | null): string | null => code?.split('.')[0] ?? null;

/** SQL: the same rule over a unit's and its instansi's region columns and a region parameter. */
export const unitInRegionSql = (unitRegion: string, instansiRegion: string, region: string): string =>
  `unit_in_region(${unitRegion}, ${instansiRegion}, ${region})`;

/**
 * SQL: the rule for a unit row `u`, over the region it keeps (no join needed). Written without
 * `coalesce`, which would hide the column from its index: the guard makes a unit in no region
 * false, as `unit_in_region` does.
 */
export const unitRowInRegionSql = (unit: string, region: string): string =>
  `(${unit}.effective_region IS NOT NULL AND region_contains(${region}, ${unit}.effective_region))`;
