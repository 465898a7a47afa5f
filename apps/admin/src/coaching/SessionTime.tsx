import { DateText, useLocale, useT } from '@zi/ui';
import { jakartaClock, jakartaDay } from './jakarta-time';

/** When a session takes place: its day, and its hours in western Indonesian time (WIB). */
export function SessionTime({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const t = useT();
  const [locale] = useLocale();
  const startDay = jakartaDay(startsAt);
  const endDay = jakartaDay(endsAt);
  return (
    <span className="session-time" data-testid="session-time">
      <DateText value={startDay} />{' '}
      {t('coaching.hours', {
        start: jakartaClock(startsAt, locale),
        end: jakartaClock(endsAt, locale),
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
