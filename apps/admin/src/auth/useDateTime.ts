import { formatDateTime, useLocale } from '@zi/ui';
import { useTimeZone } from './useTimeZone';

/**
 * How the portal writes an instant: date and time in the zone of the viewer's instansi, as the API
 * names it (`User.timeZone`), with the zone said ("7 Desember 2026 pukul 09.00 WITA"). Outside a
 * signed-in page, in Jakarta's.
 */
export function useDateTime(): (instant: string) => string {
  const [locale] = useLocale();
  const timeZone = useTimeZone();
  return (instant) => formatDateTime(instant, locale, timeZone);
}
