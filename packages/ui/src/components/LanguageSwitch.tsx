import { useLocale, useT } from '../i18n/I18nProvider';

/** One button that switches between Indonesian and English; it names the other language in that language. */
export function LanguageSwitch() {
  const t = useT();
  const [locale, setLocale] = useLocale();
  const other = locale === 'id' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="button button--quiet"
      lang={other}
      data-testid="lang-switch"
      onClick={() => setLocale(other)}
    >
      {t('language.switch')}
    </button>
  );
}
