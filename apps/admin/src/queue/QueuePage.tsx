import type { AssessmentStatus } from '@zi/schema/admin';
import { Loading, SelectField, useDocumentTitle, useT } from '@zi/ui';
import { useSearchParams } from 'react-router';
import { ApiError } from '../ApiError';
import { withParams } from '../search-params';
import { LkeYearField } from '../units/LkeYearField';
import { useLkeYear } from '../units/useLkeYear';
import { QueueTable } from './QueueTable';
import {
  DEADLINE_FILTERS,
  type DeadlineFilter,
  filteredRows,
  QUEUE_ORDERS,
  type QueueOrder,
  queueRows,
  statusesOf,
} from './queue';
import { useEvaluationQueue } from './useEvaluationQueue';

/** The URL's names for the order and the filters, in Bahasa Indonesia as the portal's URLs are. */
const PARAM = { order: 'urut', status: 'status', deadline: 'tenggat' } as const;

/**
 * The TPI's work list: the worksheets of the units in their scope, latest activity or soonest
 * deadline first, filtered by status and by how near the deadline is (kept in the URL).
 */
export function QueuePage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('queue.title'));
  const lke = useLkeYear();
  const { units, error, reload } = useEvaluationQueue(lke.year);
  const [params, setParams] = useSearchParams();
  const order: QueueOrder = params.get(PARAM.order) === 'tenggat' ? 'deadline' : 'activity';
  const all = units ? queueRows(units, order) : null;
  const statuses = all ? statusesOf(all) : [];
  const status = statuses.find((one) => one === params.get(PARAM.status)) ?? null;
  const deadline = DEADLINE_FILTERS.find((one) => one === params.get(PARAM.deadline)) ?? null;
  const rows = all ? filteredRows(all, { status, deadline }) : null;
  const setParam = (name: string, value: string | null) =>
    setParams((previous) => withParams(previous, { [name]: value }), { replace: true });

  let content = <Loading />;
  if (error) content = <ApiError error={error} onRetry={reload} />;
  else if (all && all.length === 0) content = <p className="empty-state">{t('queue.empty')}</p>;
  else if (rows && rows.length === 0) content = <p className="empty-state">{t('queue.noneMatch')}</p>;
  else if (rows) {
    content = (
      <>
        <p className="total-count" aria-live="polite" data-testid="queue-count">
          {t('queue.count', { count: rows.length })}
        </p>
        <QueueTable rows={rows} />
      </>
    );
  }
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p className="page-intro">{t('queue.intro')}</p>
      <div className="list-options queue-options">
        <LkeYearField lke={lke} />
        <SelectField
          label={t('queue.status')}
          testId="queue-status"
          value={status ?? ''}
          options={[
            { value: '', label: t('queue.any') },
            ...statuses.map((value: AssessmentStatus) => ({ value, label: t(`assessmentStatus.${value}`) })),
          ]}
          onChange={(value) => setParam(PARAM.status, value || null)}
        />
        <SelectField
          label={t('queue.deadline')}
          testId="queue-deadline-filter"
          value={deadline ?? ''}
          options={[
            { value: '', label: t('queue.any') },
            ...DEADLINE_FILTERS.map((value: DeadlineFilter) => ({
              value,
              label: t(`queue.deadlineFilter.${value}`),
            })),
          ]}
          onChange={(value) => setParam(PARAM.deadline, value || null)}
        />
        <SelectField
          label={t('queue.sort')}
          testId="queue-order"
          value={order}
          options={QUEUE_ORDERS.map((value) => ({
            value,
            label: t(value === 'deadline' ? 'queue.sortDeadline' : 'queue.sortActivity'),
          }))}
          onChange={(value) => setParam(PARAM.order, value === 'deadline' ? 'tenggat' : null)}
        />
      </div>
      <section aria-label={t('queue.caption')}>{content}</section>
    </>
  );
}
