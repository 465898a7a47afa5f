import { Loading, SelectField, useDocumentTitle, useT } from '@zi/ui';
import { useSearchParams } from 'react-router';
import { ApiError } from '../ApiError';
import { jakartaToday } from '../deadlines/deadlines';
import { LkeYearField } from '../units/LkeYearField';
import { useLkeYear } from '../units/useLkeYear';
import { QueueTable } from './QueueTable';
import { QUEUE_ORDERS, type QueueOrder, queueRows } from './queue';
import { useEvaluationQueue } from './useEvaluationQueue';

/** The TPI's work list: the worksheets of the units in their scope, latest activity or soonest deadline first. */
export function QueuePage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('queue.title'));
  const lke = useLkeYear();
  const { units, error, reload } = useEvaluationQueue(lke.year);
  const [params, setParams] = useSearchParams();
  const order: QueueOrder = params.get('urut') === 'tenggat' ? 'deadline' : 'activity';
  const rows = units ? queueRows(units, order) : null;

  let content = <Loading />;
  if (error) content = <ApiError error={error} onRetry={reload} />;
  else if (rows && rows.length === 0) content = <p className="empty-state">{t('queue.empty')}</p>;
  else if (rows) {
    content = (
      <>
        <p className="total-count" aria-live="polite" data-testid="queue-count">
          {t('queue.count', { count: rows.length })}
        </p>
        <QueueTable rows={rows} today={jakartaToday()} />
      </>
    );
  }
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p className="page-intro">{t('queue.intro')}</p>
      <div className="list-options">
        <LkeYearField lke={lke} />
        <SelectField
          label={t('queue.sort')}
          testId="queue-order"
          value={order}
          options={QUEUE_ORDERS.map((value) => ({
            value,
            label: t(value === 'deadline' ? 'queue.sortDeadline' : 'queue.sortActivity'),
          }))}
          onChange={(value) =>
            setParams(
              (previous) => {
                const next = new URLSearchParams(previous);
                if (value === 'deadline') next.set('urut', 'tenggat');
                else next.delete('urut');
                return next;
              },
              { replace: true },
            )
          }
        />
      </div>
      <section aria-label={t('queue.caption')}>{content}</section>
    </>
  );
}
