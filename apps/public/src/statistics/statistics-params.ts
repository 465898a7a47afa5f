import type { StatisticsFilter } from '@zi/schema/public';

/** What the statistics page counts, as kept in the URL query string. */
export interface StatisticsParams {
  instansi: string | null;
  /** A Kemendagri region code: "64" (a province) or "64.71" (a regency or city). */
  region: string | null;
}

const REGION_CODE = /^\d{2}(\.\d{2}){0,2}$/;

export function parseStatisticsParams(search: URLSearchParams): StatisticsParams {
  const region = search.get('region');
  return {
    instansi: search.get('instansi') || null,
    region: region && REGION_CODE.test(region) ? region : null,
  };
}

export function statisticsSearch(params: StatisticsParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.instansi) search.set('instansi', params.instansi);
  if (params.region) search.set('region', params.region);
  return search;
}

export function statisticsFilter(params: StatisticsParams): StatisticsFilter {
  const filter: StatisticsFilter = {};
  if (params.instansi) filter.instansiId = params.instansi;
  if (params.region) filter.regionCode = params.region;
  return filter;
}
