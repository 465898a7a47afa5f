import { programYear } from '@zi/ui';

/** How far back the LKE column looks: this year and the six before it. */
const YEARS_BACK = 6;

/** The year of the worksheets shown in the units list, from `?lkeYear=`; this year by default. */
export function lkeYearOf(search: URLSearchParams, currentYear: number): number {
  return programYear(search.get('lkeYear')) ?? currentYear;
}

/** The query string with the LKE year set; this year is the default and stays out of the URL. */
export function withLkeYear(search: URLSearchParams, year: number, currentYear: number): URLSearchParams {
  const next = new URLSearchParams(search);
  if (year === currentYear) next.delete('lkeYear');
  else next.set('lkeYear', String(year));
  return next;
}

/** The years offered, newest first, always including the selected one. */
export function lkeYears(currentYear: number, selected: number): number[] {
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, back) => currentYear - back);
  return years.includes(selected) ? years : [selected, ...years].sort((a, b) => b - a);
}
