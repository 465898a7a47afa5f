import { formatDate } from '../format/date';
import { useLocale } from '../i18n/I18nProvider';

/** A `YYYY-MM-DD` date in words, machine-readable in its `datetime`. */
export function DateText({ value }: { value: string }) {
  const [locale] = useLocale();
  return <time dateTime={value}>{formatDate(value, locale)}</time>;
}
