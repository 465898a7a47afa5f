import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseUnitListParams,
  type UnitListFilters,
  unitListSearch,
  withFilters,
  withPageParams,
} from './params';

/** The list state of the current URL, and the navigations that change it. */
export function useUnitListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseUnitListParams(search), [search]);

  // Filtering keeps the scroll position (the form stays where it was); paging starts at the top.
  const setFilters = useCallback(
    (patch: Partial<UnitListFilters>) =>
      setSearch(withPageParams(unitListSearch(withFilters(params, patch)), search), {
        preventScrollReset: true,
      }),
    [params, search, setSearch],
  );
  const goToPage = useCallback(
    (after: string | null) => setSearch(withPageParams(unitListSearch({ ...params, after }), search)),
    [params, search, setSearch],
  );

  return { params, setFilters, goToPage };
}
