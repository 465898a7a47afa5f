import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { regionContains, regionContainsSql } from '../instansi/region-code.js';
import {
  effectiveRegion,
  isUnitInRegion,
  provinceOf,
  unitInRegionSql,
  unitProvinceSql,
  unitRegionSql,
} from './region-rule.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const CODES = [null, '64', '64.71', '64.71.01', '64.7', '641', '64.72', '65', '64.71.01.2001'];
const REGIONS = ['64', '64.71', '64.7', '6', '65', '64.71.01'];

describe('the region rule', () => {
  it('lets a unit’s own region win and matches whole segments only', () => {
    expect(effectiveRegion('64.71', '64')).toBe('64.71');
    expect(effectiveRegion(null, '64')).toBe('64');
    expect(isUnitInRegion('64.71', '65', '64')).toBe(true);
    expect(isUnitInRegion(null, '64.71', '64.71')).toBe(true);
    expect(isUnitInRegion('641', null, '64')).toBe(false);
    expect(isUnitInRegion(null, '64', '64.71')).toBe(false);
    expect(isUnitInRegion(null, null, '64')).toBe(false);
  });

  it('says the same in SQL and in TypeScript for every pair of codes', async () => {
    const cases = CODES.flatMap((unit) =>
      CODES.flatMap((instansi) => REGIONS.map((region) => ({ unit, instansi, region }))),
    );
    const rows = (await app.dataSource.query(
      `SELECT ${unitRegionSql('c.unit', 'c.instansi')} AS effective, ${unitInRegionSql('c.unit', 'c.instansi', 'c.region')} AS inside,
              ${regionContainsSql('c.region', 'c.unit')} AS contains,
              ${unitProvinceSql('c.unit', 'c.instansi')} AS province
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS c(unit, instansi, region, n) ORDER BY c.n`,
      [cases.map((c) => c.unit), cases.map((c) => c.instansi), cases.map((c) => c.region)],
    )) as Array<{ effective: string | null; inside: boolean; contains: boolean; province: string | null }>;
    expect(rows.map((row) => [row.effective, row.inside, row.contains, row.province])).toEqual(
      cases.map((c) => [
        effectiveRegion(c.unit, c.instansi),
        isUnitInRegion(c.unit, c.instansi, c.region),
        regionContains(c.region, c.unit),
        provinceOf(effectiveRegion(c.unit, c.instansi)),
      ]),
    );
  });
});
