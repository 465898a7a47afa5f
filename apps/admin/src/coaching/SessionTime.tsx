import { DateText, useLocale, useT } from '@zi/ui';
import { useTimeZone } from '../auth/useTimeZone';
import { clockIn, dayIn, zoneName } from '../time/zone-time';

/** When a session takes place: its day, and its hours in the zone of the viewer's instansi (WIB, WITA, WIT). */
export function SessionTime({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const t = useT();
  const [locale] = useLocale();
  const zone = useTimeZone();
  const startDay = dayIn(startsAt, zone);
  const endDay = dayIn(endsAt, zone);
  return (
    <span className="session-time" data-testid="session-time">
      <DateText value={startDay} />{' '}
      {t('coaching.hours', {
        start: clockIn(startsAt, locale, zone),
        end: clockIn(endsAt, locale, zone),
        zone: zoneName(zone),
      })}
      {endDay !== startDay && (
        <>
          {' '}
          {t('coaching.until')} <DateText value={endDay} />
        </>
      )}
    </span>
  );
}
