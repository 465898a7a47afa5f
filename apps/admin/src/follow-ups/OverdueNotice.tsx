import { useQuery } from '@apollo/client/react';
import { OverdueFollowUpCountDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { Link } from 'react-router';

/** How many follow-ups in the viewer's scope are past their due date, leading to them; nothing when none is. */
export function OverdueNotice() {
  const t = useT();
  const { data } = useQuery(OverdueFollowUpCountDocument, { fetchPolicy: 'cache-and-network' });
  const count = data?.followUps.totalCount ?? 0;
  if (count === 0) return null;
  return (
    <div className="alert alert--error overdue-notice" data-testid="overdue-notice">
      <p className="alert__message">
        {t('followUps.overdueCount', { count })}{' '}
        <Link to="/tindak-lanjut?view=overdue">{t('followUps.showOverdue')}</Link>
      </p>
    </div>
  );
}
