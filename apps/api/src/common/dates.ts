/**
 * Today's calendar date in western Indonesian time (WIB, UTC+7): deadlines and decree dates are
 * days in Indonesia, not in UTC. (Units in WITA/WIT are an hour or two ahead; a per-instansi zone
 * would refine this.)
 */
export function todayInIndonesia(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** A calendar day (`YYYY-MM-DD`) `days` later, or earlier when negative. */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Calendar days from `today` to `day` (both `YYYY-MM-DD`): 0 on the day, negative once passed. */
export const daysFrom = (today: string, day: string) =>
  Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

export interface Quarter {
  year: number;
  quarter: number;
}

/** The quarter (triwulan) a calendar day falls in. */
export function quarterOf(day: string): Quarter {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

/** The first day of a quarter, `YYYY-MM-DD`. */
export function quarterStart({ year, quarter }: Quarter): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export const compareQuarters = (a: Quarter, b: Quarter) => a.year - b.year || a.quarter - b.quarter;
