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
