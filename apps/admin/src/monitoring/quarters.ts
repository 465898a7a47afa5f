import type { Translate } from '@zi/ui';

export const QUARTERS = [1, 2, 3, 4] as const;
export type QuarterNumber = (typeof QUARTERS)[number];

/** A quarter (triwulan) of a year, as monitoring rounds and action plans count time. */
export interface Quarter {
  year: number;
  quarter: number;
}

/** The quarter a `YYYY-MM-DD` day falls in. */
export function quarterOf(day: string): Quarter {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

export function isQuarterNumber(value: number): value is QuarterNumber {
  return (QUARTERS as readonly number[]).includes(value);
}

/** "Triwulan IV 2026" or "Q4 2026"; a quarter out of range as its number. */
export function quarterName(t: Translate, { year, quarter }: Quarter): string {
  const name = isQuarterNumber(quarter) ? t(`monitoring.quarter.${quarter}`) : String(quarter);
  return t('monitoring.quarterName', { quarter: name, year: String(year) });
}

/**
 * The quarters of this year and the last that have begun and have no round yet, newest first: the
 * ones a round can still be opened for.
 */
export function unopenedQuarters(opened: readonly Quarter[], current: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (const year of [current.year, current.year - 1]) {
    for (const quarter of [...QUARTERS].reverse()) {
      const begun = year < current.year || quarter <= current.quarter;
      const open = opened.some((round) => round.year === year && round.quarter === quarter);
      if (begun && !open) quarters.push({ year, quarter });
    }
  }
  return quarters;
}
