import { useT } from '@zi/ui';

/** A dash where a table has nothing recorded, read out in words. */
export function NotRecorded() {
  const t = useT();
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('common.notRecorded')}</span>
    </span>
  );
}
