import { intlTag, type Locale } from '../i18n/locale';

interface Decimals {
  /** Digits always shown after the decimal separator; default 0. */
  min?: number;
  /** Digits at most; default 2. */
  max?: number;
}

// Making a formatter costs far more than using one, and a worksheet shows hundreds of numbers.
const formatters = new Map<string, Intl.NumberFormat>();

/** A number formatter for a BCP 47 tag and a number of decimals, made once. */
export function numberFormat(tag: string, min = 0, max = 0): Intl.NumberFormat {
  const key = `${tag}/${min}/${max}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A number in the locale's format: "1.234,5" in Indonesian, "1,234.5" in English. */
export function formatNumber(value: number, locale: Locale, { min = 0, max = 2 }: Decimals = {}): string {
  return numberFormat(intlTag(locale), min, Math.max(min, max)).format(value);
}
