import type { Locale } from '@zi/ui';
import type { DashboardScope } from './dashboard-params';

/** The dashboard's tables the API writes as CSV, one per chart. */
export type DashboardTable = 'funnel' | 'heatmap' | 'gaps' | 'risks' | 'incomplete' | 'trends' | 'coaching';

/** The API's file routes sit beside the portal under /admin, outside its router. */
const BASE = '/admin/dashboard';

/** The scope as on screen, and the reader's language for the file's words (decision 0052). */
function fileQuery({ year, kind, region }: DashboardScope, locale: Locale): string {
  const search = new URLSearchParams({ year: String(year), lang: locale });
  if (kind) search.set('kind', kind);
  if (region) search.set('regionCode', region);
  return search.toString();
}

/** One chart's table as CSV, for the same year and filters as on screen. */
export function csvHref(table: DashboardTable, params: DashboardScope, locale: Locale) {
  return `${BASE}/${table}.csv?${fileQuery(params, locale)}`;
}

/** Every table of the dashboard in one workbook, a sheet per chart. */
export function xlsxHref(params: DashboardScope, locale: Locale) {
  return `${BASE}/export.xlsx?${fileQuery(params, locale)}`;
}
