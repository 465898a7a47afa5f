import { useT } from '@zi/ui';
import { useDateTime } from '../auth/useDateTime';
import type { OpenReturn } from '../worksheet/types';

/** On a returned question: what the TPI asks the unit to revise. */
export function OpenReturnNotice({ open }: { open: OpenReturn }) {
  const t = useT();
  const dateTime = useDateTime();
  return (
    <div className="returned-note" data-testid="open-return">
      <p className="returned-note__title">
        {t('returns.returnedLabel')} <span className="cell-note">{dateTime(open.returnedAt)}</span>
      </p>
      <p className="returned-note__reason">{open.reason}</p>
    </div>
  );
}
