import { useT } from '../i18n/I18nProvider';

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {t('status.loading')}
    </p>
  );
}
