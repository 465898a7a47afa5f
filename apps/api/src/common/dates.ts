import { DEFAULT_TIME_ZONE, type IndonesianTimeZone } from './indonesian-time.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date (`YYYY-MM-DD`) in `zone`: a deadline or a document's date is a day there. */
export function todayIn(zone: IndonesianTimeZone, now = Date.now()): string {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(zone, format);
  }
  const parts = format.formatToParts(now);
  const value = (type: string) => parts.find((one) => one.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}`;
}

/**
 * Today's calendar date in western Indonesian time (WIB): the day of what belongs to no one
 * instansi (the national registry, a round's quarter). What an instansi issues or owes is dated in
 * its own zone (`todayIn`).
 */
export function todayInIndonesia(now = Date.now()): string {
  return todayIn(DEFAULT_TIME_ZONE, now);
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
