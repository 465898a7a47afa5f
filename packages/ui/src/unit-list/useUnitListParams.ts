import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseUnitListParams, type UnitListFilters, unitListSearch, withFilters } from './params';

/** The list state of the current URL, and the navigations that change it. */
export function useUnitListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseUnitListParams(search), [search]);

  // Filtering keeps the scroll position (the form stays where it was); paging starts at the top.
  const setFilters = useCallback(
    (patch: Partial<UnitListFilters>) =>
      setSearch(unitListSearch(withFilters(params, patch)), { preventScrollReset: true }),
    [params, setSearch],
  );
  const goToPage = useCallback(
    (after: string | null) => setSearch(unitListSearch({ ...params, after })),
    [params, setSearch],
  );

  return { params, setFilters, goToPage };
}
