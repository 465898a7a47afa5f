import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { AppDictionaries } from '../messages';
import { type Locale, readStoredLocale, storeLocale } from './locale';
import { type Translate, translator } from './translate';

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

interface I18nProviderProps {
  /** The app's own messages, beside the shared ones. */
  messages: AppDictionaries;
  children: ReactNode;
}

/** Holds the chosen language, remembers it across visits and keeps `<html lang>` in step. */
export function I18nProvider({ messages, children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo(
    () => ({ locale, setLocale, t: translator(locale, messages) }),
    [locale, setLocale, messages],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useT and useLocale need an I18nProvider above them.');
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): [Locale, (locale: Locale) => void] {
  const { locale, setLocale } = useI18n();
  return [locale, setLocale];
}
