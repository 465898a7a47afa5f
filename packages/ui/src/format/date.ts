import { intlTag, type Locale } from '../i18n/locale';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a `YYYY-MM-DD` date in words ("17 Agustus 2025"). The date is read and written in UTC so
 * the viewer's timezone can never move it to the day before; anything else is returned unchanged.
 */
export function formatDate(value: string, locale: Locale): string {
  const match = LOCAL_DATE.exec(value);
  if (!match) return value;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return value;
  }
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Formats an ISO 8601 instant as date and time in words, with the zone named ("22 November 2026
 * pukul 17.11 UTC"); in the viewer's own zone unless one is given. Anything else is returned unchanged.
 */
export function formatDateTime(value: string, locale: Locale, timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlTag(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(date);
}

/** The time of an instant in the viewer's zone, e.g. "10.32" (Indonesian) or "10:32" (English). */
export function formatTime(value: number | string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit' }).format(date);
}
