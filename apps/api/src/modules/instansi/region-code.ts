/**
 * Kemendagri region codes (decision 0035): a code contains itself and every code below it by whole
 * segments, so '64' (a province) holds '64.71' (a city) and '64.71.01', never '641'. SQL home: the
 * function `region_contains` of the migration 1765300000000-registry-rules; units/region-rule.test.ts
 * checks the two agree. Units build their region rule on it (units/region-rule.ts).
 */

/** Whether `code` lies in `region` (itself or below it). */
export const regionContains = (region: string, code: string | null): boolean =>
  code !== null && (code === region || code.startsWith(`${region}.`));

/** SQL: whether a code (e.g. an instansi's) lies in a region; false for no code. */
export const regionContainsSql = (region: string, code: string): string =>
  `coalesce(region_contains(${region}, ${code}), false)`;
