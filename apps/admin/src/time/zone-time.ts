import { intlTag, type Locale } from '@zi/ui';

/**
 * Days and times in the zone of the viewer's instansi (`User.timeZone`: Asia/Jakarta, Asia/Makassar
 * or Asia/Jayapura), in which sessions are planned and read. Indonesia keeps no daylight saving, so
 * a zone has one offset all year.
 */
const DAY_MS = 86_400_000;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{2}:\d{2}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The zone's offset from UTC as ISO 8601 writes it: "+07:00". */
export function offsetOf(zone: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(0))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** What people call the zone: "WIB", "WITA", "WIT" (their Indonesian names, in either language). */
export function zoneName(zone: string): string {
  return (
    new Intl.DateTimeFormat('id-ID', { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(new Date(0))
      .find((part) => part.type === 'timeZoneName')?.value ?? zone
  );
}

/** The instant of a day and a time (`HH:mm`) in the zone, as ISO 8601; null when either is not one. */
export function instantIn(day: string, time: string, zone: string): string | null {
  if (!LOCAL_DATE.test(day) || !CLOCK.test(time)) return null;
  const date = new Date(`${day}T${time}:00${offsetOf(zone)}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The `YYYY-MM-DD` day an instant falls on in the zone. */
export function dayIn(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(instant));
}

/** The time of an instant in the zone: "09.00" in Indonesian, "09:00" in English. */
export function clockIn(instant: string, locale: Locale, zone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(instant));
}

/** A month as `YYYY-MM` from a query parameter, else the month of `today`. */
export function monthOf(value: string | null, today: string): string {
  return value && MONTH.test(value) ? value : today.slice(0, 7);
}

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const utcOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The month `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const date = new Date(utcOf(`${month}-01`));
  date.setUTCMonth(date.getUTCMonth() + delta);
  return dayOf(date.getTime()).slice(0, 7);
}

/** The weeks a month's calendar shows, Monday first, each day as `YYYY-MM-DD`. */
export function monthWeeks(month: string): string[][] {
  const first = utcOf(`${month}-01`);
  const start = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY_MS;
  const end = utcOf(`${shiftMonth(month, 1)}-01`);
  const weeks: string[][] = [];
  for (let monday = start; monday < end; monday += 7 * DAY_MS) {
    weeks.push(Array.from({ length: 7 }, (_, index) => dayOf(monday + index * DAY_MS)));
  }
  return weeks;
}

/** The period a calendar of these weeks asks for: its first day's start to its last day's end, in the zone. */
export function weeksRange(
  weeks: readonly (readonly string[])[],
  zone: string,
): { from: string; to: string } {
  const first = weeks[0]?.[0] ?? '';
  const last = weeks.at(-1)?.at(-1) ?? first;
  return { from: dayStart(first, zone), to: dayStart(dayOf(utcOf(last) + DAY_MS), zone) };
}

/** The instant a day begins in the zone. */
export const dayStart = (day: string, zone: string): string =>
  new Date(`${day}T00:00:00${offsetOf(zone)}`).toISOString();

/** The `YYYY-MM-DD` day `days` after `day`. */
export const addDays = (day: string, days: number): string => dayOf(utcOf(day) + days * DAY_MS);

/** "November 2026", as a calendar's title. */
export function monthTitle(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(utcOf(`${month}-01`)),
  );
}

/** The short names of the weekdays, Monday first ("Sen", "Mon"). */
export function weekdayNames(locale: Locale, width: 'short' | 'long'): string[] {
  // 5 January 2026 is a Monday.
  const format = new Intl.DateTimeFormat(intlTag(locale), { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, index) =>
    format.format(new Date(utcOf('2026-01-05') + index * DAY_MS)),
  );
}

/** Items by the day they start on in the zone, each day's by start. */
export function byStartDay<T extends { startsAt: string }>(
  items: readonly T[],
  zone: string,
): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayIn(item.startsAt, zone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return days;
}

/** A day with its weekday, as the calendar reads it out: "Senin, 23 November". */
export function dayLabel(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(utcOf(day)));
}
