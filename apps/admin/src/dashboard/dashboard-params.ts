import type { ChangeArea, DashboardFilter, HeatmapOrder, UnitKind } from '@zi/schema/admin';
import { oneOf, programYear, UNIT_KINDS } from '@zi/ui';
import { CHANGE_AREAS } from '../registry/enum-values';

/** A column of the heatmap: the unit's name, its total, or one change area. */
export type HeatmapColumn = 'name' | 'total' | ChangeArea;
export type SortDirection = 'asc' | 'desc';

export interface HeatmapSort {
  column: HeatmapColumn;
  direction: SortDirection;
}

/** What the dashboard shows, as kept in the URL query string. */
export interface DashboardParams {
  year: number;
  kind: UnitKind | null;
  /** A Kemendagri region code: "64" (a province) or "64.71" (a regency or city). */
  region: string | null;
  sort: HeatmapSort;
}

/** The units and year counted: what the charts, the CSV and the workbook all share. */
export type DashboardScope = Pick<DashboardParams, 'year' | 'kind' | 'region'>;

export const HEATMAP_COLUMNS: readonly HeatmapColumn[] = ['name', ...CHANGE_AREAS, 'total'];
const DIRECTIONS: readonly SortDirection[] = ['asc', 'desc'];

/** The weakest units first: where the Inspektorat's attention is needed. */
export const DEFAULT_SORT: HeatmapSort = { column: 'total', direction: 'asc' };

/** As the API checks it: a province, then up to three more levels ("64.71.01.2001" is not one). */
const REGION_CODE = /^\d{2}(\.\d{2}){0,3}$/;

/** How far back the year selector reaches: this year and the seven before it. */
const YEARS_BACK = 7;

export function isRegionCode(value: string): boolean {
  return REGION_CODE.test(value);
}

/** Reads the dashboard's state from a query string; values the API would refuse fall back to defaults. */
export function parseDashboardParams(search: URLSearchParams, currentYear: number): DashboardParams {
  const region = search.get('region');
  const column = oneOf(HEATMAP_COLUMNS, search.get('sort'));
  return {
    year: programYear(search.get('year')) ?? currentYear,
    kind: oneOf(UNIT_KINDS, search.get('kind')),
    region: region && isRegionCode(region) ? region : null,
    sort: column ? { column, direction: oneOf(DIRECTIONS, search.get('dir')) ?? 'asc' } : DEFAULT_SORT,
  };
}

/** The query string for a state, without its defaults so shared links stay short. */
export function dashboardSearch(params: DashboardParams, currentYear: number): URLSearchParams {
  const search = new URLSearchParams();
  if (params.year !== currentYear) search.set('year', String(params.year));
  if (params.kind) search.set('kind', params.kind);
  if (params.region) search.set('region', params.region);
  const { column, direction } = params.sort;
  if (column !== DEFAULT_SORT.column || direction !== DEFAULT_SORT.direction) {
    search.set('sort', column);
    search.set('dir', direction);
  }
  return search;
}

/** The API's filter: only the conditions set. */
export function dashboardFilter(params: DashboardScope): DashboardFilter {
  const filter: DashboardFilter = {};
  if (params.kind) filter.kind = params.kind;
  if (params.region) filter.regionCode = params.region;
  return filter;
}

/** The API's order for the heatmap: it lists the first units in the order shown. */
export function heatmapOrder({ column, direction }: HeatmapSort): HeatmapOrder {
  const apiDirection = direction === 'asc' ? 'ASC' : 'DESC';
  if (column === 'name') return { field: 'NAME', direction: apiDirection };
  if (column === 'total') return { field: 'TOTAL', direction: apiDirection };
  return { field: 'AREA', area: column, direction: apiDirection };
}

/** The years offered, newest first, always including the selected one. */
export function dashboardYears(currentYear: number, selected: number): number[] {
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, back) => currentYear - back);
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}
