import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { lkeYearOf, lkeYears, withLkeYear } from './lke-year';

/** The LKE year of the units list, kept in the URL beside the list's filters. */
export function useLkeYear() {
  const [search, setSearch] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const year = lkeYearOf(search, currentYear);
  const setYear = useCallback(
    (next: number) => setSearch(withLkeYear(search, next, currentYear), { preventScrollReset: true }),
    [search, setSearch, currentYear],
  );
  return { year, years: lkeYears(currentYear, year), setYear };
}
