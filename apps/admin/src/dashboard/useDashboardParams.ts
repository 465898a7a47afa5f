import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { jakartaToday } from '../deadlines/deadlines';
import { type DashboardParams, dashboardSearch, parseDashboardParams } from './dashboard-params';

/** The dashboard's state in the URL, so a view can be shared or bookmarked; changes keep the scroll. */
export function useDashboardParams() {
  const [search, setSearch] = useSearchParams();
  // The program year is Indonesia's: a browser elsewhere may already be in the next one.
  const currentYear = Number(jakartaToday().slice(0, 4));
  const params = useMemo(() => parseDashboardParams(search, currentYear), [search, currentYear]);
  const update = useCallback(
    (patch: Partial<DashboardParams>) =>
      setSearch(dashboardSearch({ ...params, ...patch }, currentYear), { preventScrollReset: true }),
    [params, currentYear, setSearch],
  );
  return { params, update, currentYear };
}
