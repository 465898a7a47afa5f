import { describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  parseUnitListParams,
  programYears,
  type UnitListParams,
  unitListSearch,
  unitListVariables,
  withFilters,
  withPageParams,
} from './params';

const parse = (query: string) => parseUnitListParams(new URLSearchParams(query));

const EMPTY: UnitListParams = {
  q: '',
  stage: null,
  kind: null,
  predicate: null,
  instansi: null,
  region: null,
  year: null,
  sort: 'name-asc',
  after: null,
};

describe('unit list params', () => {
  it('read every filter from the query string and write it back the same', () => {
    const query =
      'q=rsud&stage=WBK&kind=RSUD&predicate=WBBM&instansi=abc&region=64&year=2025&sort=latest&after=cur';
    const params = parse(query);
    expect(params).toEqual({
      q: 'rsud',
      stage: 'WBK',
      kind: 'RSUD',
      predicate: 'WBBM',
      instansi: 'abc',
      region: '64',
      year: 2025,
      sort: 'latest',
      after: 'cur',
    });
    expect(unitListSearch(params).toString()).toBe(query);
  });

  it('drop values the API would refuse, and leave defaults out of the URL', () => {
    expect(parse('stage=wbk&kind=SCHOOLS&predicate=&region=Jakarta&year=2011&sort=random&q=%20%20')).toEqual(
      EMPTY,
    );
    expect(parse('year=20251').year).toBeNull();
    expect(unitListSearch(EMPTY).toString()).toBe('');
  });

  it('cap the search at the length the API accepts', () => {
    expect(parse(`q=${'a'.repeat(150)}`).q).toHaveLength(100);
  });

  it('keep the page’s own parameters beside the list’s', () => {
    const current = new URLSearchParams('stage=WBK&after=c&lkeYear=2024');
    const next = unitListSearch(withFilters(parse(current.toString()), { stage: 'BUILDING' }));
    expect(withPageParams(next, current).toString()).toBe('stage=BUILDING&lkeYear=2024');
    const every = unitListSearch(
      parse('q=a&stage=WBK&kind=RSUD&predicate=WBK&instansi=i&year=2025&sort=latest&after=c'),
    );
    expect(withPageParams(new URLSearchParams(), every).toString()).toBe('');
  });

  it('go back to the first page when a filter changes', () => {
    const next = withFilters({ ...EMPTY, after: 'cursor' }, { stage: 'BUILDING' });
    expect(next).toEqual({ ...EMPTY, stage: 'BUILDING', after: null });
  });

  it('become query variables with only the conditions set', () => {
    expect(unitListVariables(EMPTY)).toEqual({
      first: PAGE_SIZE,
      after: null,
      filter: {},
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(unitListVariables(parse('q=smk&instansi=i1&region=99&year=2024&sort=latest&after=c'))).toEqual({
      first: PAGE_SIZE,
      after: 'c',
      filter: { search: 'smk', instansiId: 'i1', regionCode: '99', year: 2024 },
      orderBy: { field: 'CURRENT_STAGE_ON', direction: 'DESC' },
    });
  });
});

describe('programYears', () => {
  it('offers the years from now back to 2012, newest first', () => {
    const years = programYears(2026, null);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2012);
    expect(years).toHaveLength(15);
  });

  it('keeps a selected year outside that range', () => {
    expect(programYears(2026, 2030)[0]).toBe(2030);
  });
});
