import { StatisticsDocument } from '@zi/schema/public';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, graphql, type TestApp } from '../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

/** The public portal's own statistics query. */
const statisticsIn = (filter?: { regionCode: string }) =>
  graphql(`${app.url}/graphql`, StatisticsDocument, { filter });

describe('public statistics', () => {
  it('counts the demo province by stage, predicate, instansi and year', async () => {
    const result = await statisticsIn();
    const statistics = result.data?.statistics;
    expect(statistics?.totalUnits).toBe(253);
    const byStage = Object.fromEntries(
      statistics?.byStage.map((row) => [String(row.stage), row.units]) ?? [],
    );
    expect(byStage).toMatchObject({ null: 228, BUILDING: 6, WBBM: 2, WBK: 3, REVOKED: 1, NOT_AWARDED: 2 });
    expect(statistics?.byPredicate).toEqual(
      expect.arrayContaining([
        { predicate: 'WBK', units: 3 },
        { predicate: 'WBBM', units: 2 },
      ]),
    );
    expect(statistics?.byInstansi).toEqual([
      expect.objectContaining({ units: 253, buildingZi: 25, wbk: 3, wbbm: 2, revoked: 1 }),
    ]);
    const latest = statistics?.byYear.at(-1);
    expect(latest?.year).toBe(2026);
    expect(latest?.stages).toEqual(expect.arrayContaining([{ stage: 'DECLARED', units: 17 }]));
  });

  it('filters by region code (a province includes its cities) and rejects a malformed one', async () => {
    const inRegion = await statisticsIn({ regionCode: '99' });
    expect(inRegion.data?.statistics.totalUnits).toBe(253);
    const elsewhere = await statisticsIn({ regionCode: '64' });
    expect(elsewhere.data?.statistics).toMatchObject({ totalUnits: 0, byStage: [], byInstansi: [] });
    const bad = await statisticsIn({ regionCode: 'Jakarta' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCode' });
  });
});
