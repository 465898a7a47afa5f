import { useT } from '@zi/ui';

/** Under a list the API cut short: how many of how many it shows (the CSV has them all). */
export function ShownOf({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <p className="muted" data-testid="shown-of">
      {t('dashboard.shownOf', { shown, total })}
    </p>
  );
}
