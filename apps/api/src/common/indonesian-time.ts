import type { DocumentLanguage } from './document-language.js';

/** Indonesia's three time zones by their IANA names (as PostgreSQL and Intl know them), and what people call them. */
export const TIME_ZONE_NAMES = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
} as const;
export type IndonesianTimeZone = keyof typeof TIME_ZONE_NAMES;

/** Where no instansi says otherwise (and a ministry's, seated in Jakarta). */
export const DEFAULT_TIME_ZONE: IndonesianTimeZone = 'Asia/Jakarta';

const isIndonesianTimeZone = (value: unknown): value is IndonesianTimeZone =>
  typeof value === 'string' && value in TIME_ZONE_NAMES;

/** The zone a stored value names, or the default for one that names none (an older notification). */
export const timeZoneOr = (value: unknown): IndonesianTimeZone =>
  isIndonesianTimeZone(value) ? value : DEFAULT_TIME_ZONE;

const localeOf = (language: DocumentLanguage) => (language === 'id' ? 'id-ID' : 'en-GB');

/** "Selasa, 15 Desember 2026" / "Tuesday, 15 December 2026": the day of `instant` in `zone`. */
function dayIn(language: DocumentLanguage, instant: Date, zone: IndonesianTimeZone): string {
  return instant.toLocaleDateString(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  });
}

/** "09.00" (Indonesian writes the hour and minute with a dot) / "09:00", in `zone`. */
function clockIn(language: DocumentLanguage, instant: Date, zone: IndonesianTimeZone): string {
  return instant.toLocaleTimeString(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  });
}

/**
 * A time as mail and documents write it, in the instansi's zone and named by it:
 * "Selasa, 15 Desember 2026 pukul 09.00 WIB" / "Tuesday, 15 December 2026 at 09:00 WIB".
 * With `until` on the same day, the span: "… pukul 09.00–12.00 WITA".
 */
export function documentTime(
  language: DocumentLanguage,
  instant: Date,
  zone: IndonesianTimeZone,
  until?: Date,
): string {
  const day = dayIn(language, instant, zone);
  const start = clockIn(language, instant, zone);
  const sameDay = until !== undefined && dayIn(language, until, zone) === day;
  const clock = sameDay ? `${start}–${clockIn(language, until, zone)}` : start;
  const at = language === 'id' ? 'pukul' : 'at';
  const end = until !== undefined && !sameDay ? ` – ${documentTime(language, until, zone)}` : '';
  return `${day} ${at} ${clock} ${TIME_ZONE_NAMES[zone]}${end}`;
}
