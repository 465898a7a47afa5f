import type { PredicateKind, Stage, UnitFilter, UnitKind, UnitOrder } from '@zi/schema/public';
import { PREDICATE_KINDS, STAGES, UNIT_KINDS } from '../enums';

export const PAGE_SIZE = 20;

/** The API refuses earlier program years; ZI started with PermenPANRB 60/2012. */
const FIRST_PROGRAM_YEAR = 2012;
const LAST_PROGRAM_YEAR = 2100;
export const SEARCH_MAX_LENGTH = 100;

export const UNIT_SORTS = ['name-asc', 'name-desc', 'latest'] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];
const DEFAULT_SORT: UnitSort = 'name-asc';

const ORDERS: Record<UnitSort, UnitOrder> = {
  'name-asc': { field: 'NAME', direction: 'ASC' },
  'name-desc': { field: 'NAME', direction: 'DESC' },
  latest: { field: 'CURRENT_STAGE_ON', direction: 'DESC' },
};

/** What a unit list shows, as kept in the URL query string. */
export interface UnitListParams {
  q: string;
  stage: Stage | null;
  kind: UnitKind | null;
  predicate: PredicateKind | null;
  instansi: string | null;
  /** A Kemendagri region code: "64" is a province with its regencies and cities. */
  region: string | null;
  year: number | null;
  sort: UnitSort;
  /** The cursor of the page; null on the first page. */
  after: string | null;
}

export type UnitListFilters = Omit<UnitListParams, 'after'>;

/** The value if it is one of `allowed`, else null. */
export function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A program year the API accepts, from a query parameter; null when absent or out of range. */
export function programYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= FIRST_PROGRAM_YEAR && year <= LAST_PROGRAM_YEAR ? year : null;
}

const REGION_CODE = /^\d{2}(\.\d{2})?$/;

/** Reads the list state from a query string; values the API would refuse are dropped. */
export function parseUnitListParams(search: URLSearchParams): UnitListParams {
  return {
    q: (search.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
    stage: oneOf(STAGES, search.get('stage')),
    kind: oneOf(UNIT_KINDS, search.get('kind')),
    predicate: oneOf(PREDICATE_KINDS, search.get('predicate')),
    instansi: search.get('instansi') || null,
    region: REGION_CODE.test(search.get('region') ?? '') ? search.get('region') : null,
    year: programYear(search.get('year')),
    sort: oneOf(UNIT_SORTS, search.get('sort')) ?? DEFAULT_SORT,
    after: search.get('after') || null,
  };
}

/** The query string for a list state, without the defaults so shared URLs stay short. */
export function unitListSearch(params: UnitListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.stage) search.set('stage', params.stage);
  if (params.kind) search.set('kind', params.kind);
  if (params.predicate) search.set('predicate', params.predicate);
  if (params.instansi) search.set('instansi', params.instansi);
  if (params.region) search.set('region', params.region);
  if (params.year !== null) search.set('year', String(params.year));
  if (params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  if (params.after) search.set('after', params.after);
  return search;
}

/** The query parameters a unit list owns; a page may keep others of its own beside them. */
const LIST_KEYS: ReadonlySet<string> = new Set([
  'q',
  'stage',
  'kind',
  'predicate',
  'instansi',
  'region',
  'year',
  'sort',
  'after',
]);

/** A list's query string with the page's other parameters of `current` kept. */
export function withPageParams(list: URLSearchParams, current: URLSearchParams): URLSearchParams {
  const search = new URLSearchParams(list);
  for (const [key, value] of current) if (!LIST_KEYS.has(key)) search.append(key, value);
  return search;
}

/** Applies changed filters; any change starts again from the first page. */
export function withFilters(params: UnitListParams, patch: Partial<UnitListFilters>): UnitListParams {
  return { ...params, ...patch, after: null };
}

export function hasActiveFilters(params: UnitListFilters): boolean {
  return Boolean(
    params.q ||
      params.stage ||
      params.kind ||
      params.predicate ||
      params.instansi ||
      params.region ||
      params.year !== null,
  );
}

/** The variables of a `units` query (public or admin schema) for a list state. */
export function unitListVariables(params: UnitListParams) {
  const filter: UnitFilter = {};
  if (params.q) filter.search = params.q;
  if (params.stage) filter.stage = params.stage;
  if (params.kind) filter.kind = params.kind;
  if (params.predicate) filter.predicate = params.predicate;
  if (params.instansi) filter.instansiId = params.instansi;
  if (params.region) filter.regionCode = params.region;
  if (params.year !== null) filter.year = params.year;
  return { first: PAGE_SIZE, after: params.after, filter, orderBy: ORDERS[params.sort] };
}

/** Program years offered by the year filter, newest first, always including the selected one. */
export function programYears(currentYear: number, selected: number | null): number[] {
  const years = new Set<number>();
  for (let year = currentYear; year >= FIRST_PROGRAM_YEAR; year -= 1) years.add(year);
  if (selected !== null) years.add(selected);
  return [...years].sort((a, b) => b - a);
}
