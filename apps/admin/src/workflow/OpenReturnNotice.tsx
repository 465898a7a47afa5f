import { formatDateTime, useLocale, useT } from '@zi/ui';
import type { OpenReturn } from '../worksheet/types';

/** On a returned question: what the TPI asks the unit to revise. */
export function OpenReturnNotice({ open }: { open: OpenReturn }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <div className="returned-note" data-testid="open-return">
      <p className="returned-note__title">
        {t('returns.returnedLabel')}{' '}
        <span className="cell-note">{formatDateTime(open.returnedAt, locale)}</span>
      </p>
      <p className="returned-note__reason">{open.reason}</p>
    </div>
  );
}
