import { useT } from '../i18n/I18nProvider';

/** How many units match, over all pages; announced when a filter changes it. */
export function TotalCount({ count }: { count: number }) {
  const t = useT();
  return (
    <p className="total-count" aria-live="polite" data-testid="total-count">
      {t('results.total', { count })}
    </p>
  );
}
