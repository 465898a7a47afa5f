import { intlTag, type Locale } from '../i18n/locale';

interface Decimals {
  /** Digits always shown after the decimal separator; default 0. */
  min?: number;
  /** Digits at most; default 2. */
  max?: number;
}

/** A number in the locale's format: "1.234,5" in Indonesian, "1,234.5" in English. */
export function formatNumber(value: number, locale: Locale, { min = 0, max = 2 }: Decimals = {}): string {
  return new Intl.NumberFormat(intlTag(locale), {
    minimumFractionDigits: min,
    maximumFractionDigits: Math.max(min, max),
  }).format(value);
}
