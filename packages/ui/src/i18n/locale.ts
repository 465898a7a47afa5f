export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const DEFAULT_LOCALE: Locale = 'id';

const INTL_TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** The BCP 47 tag Intl formatters use for a locale. */
export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const STORAGE_KEY = 'zi.locale';

// Storage can be unavailable (private browsing, blocked cookies): the default locale then applies.
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // The choice then lasts for this page only.
  }
}
