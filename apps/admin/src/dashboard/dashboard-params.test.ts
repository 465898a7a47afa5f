import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  dashboardFilter,
  dashboardSearch,
  dashboardYears,
  heatmapOrder,
  isRegionCode,
  parseDashboardParams,
} from './dashboard-params';

const parse = (query: string) => parseDashboardParams(new URLSearchParams(query), 2026);

describe('the dashboard URL', () => {
  it('defaults to this year, every unit, weakest total first', () => {
    expect(parse('')).toEqual({ year: 2026, kind: null, region: null, sort: DEFAULT_SORT });
    expect(DEFAULT_SORT).toEqual({ column: 'total', direction: 'asc' });
  });

  it('reads the year, the unit kind, the region and the heatmap order', () => {
    expect(parse('year=2025&kind=SCHOOL&region=64.71&sort=PUBLIC_SERVICE&dir=desc')).toEqual({
      year: 2025,
      kind: 'SCHOOL',
      region: '64.71',
      sort: { column: 'PUBLIC_SERVICE', direction: 'desc' },
    });
    expect(parse('sort=name').sort).toEqual({ column: 'name', direction: 'asc' });
  });

  it('drops what the API would refuse', () => {
    expect(parse('year=1999&kind=school&region=jawa&sort=score&dir=up')).toEqual(parse(''));
    expect(parse('year=20266').year).toBe(2026);
    expect(parse('region=6').region).toBeNull();
  });

  it('keeps defaults out of the query string, so shared links stay short', () => {
    expect(dashboardSearch(parse(''), 2026).toString()).toBe('');
    const query = 'year=2025&kind=SCHOOL&region=64&sort=name&dir=desc';
    expect(dashboardSearch(parse(query), 2026).toString()).toBe(query);
    expect(
      dashboardSearch({ ...parse(''), sort: { column: 'total', direction: 'desc' } }, 2026).toString(),
    ).toBe('sort=total&dir=desc');
  });

  it('becomes the API filter with only the conditions set', () => {
    expect(dashboardFilter(parse(''))).toEqual({});
    expect(dashboardFilter(parse('kind=RSUD&region=64'))).toEqual({ kind: 'RSUD', regionCode: '64' });
  });

  it('asks the API for the heatmap in the order shown', () => {
    expect(heatmapOrder(DEFAULT_SORT)).toEqual({ field: 'TOTAL', direction: 'ASC' });
    expect(heatmapOrder({ column: 'name', direction: 'desc' })).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(heatmapOrder({ column: 'SUPERVISION', direction: 'asc' })).toEqual({
      field: 'AREA',
      area: 'SUPERVISION',
      direction: 'ASC',
    });
  });

  it('knows a region code as the API checks it', () => {
    for (const code of ['64', '64.71', '64.71.01', '64.71.01.02'])
      expect(isRegionCode(code), code).toBe(true);
    for (const code of ['6', '64.7', '64.71.01.02.03', 'ab', '64,71'])
      expect(isRegionCode(code), code).toBe(false);
  });

  it('offers this year and the seven before it, and a chosen year beyond them', () => {
    expect(dashboardYears(2026, 2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    expect(dashboardYears(2026, 2014).at(-1)).toBe(2014);
    expect(dashboardYears(2026, 2014)).toHaveLength(9);
  });
});
