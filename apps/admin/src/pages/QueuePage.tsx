import { Loading, SelectField, useDocumentTitle, useT } from '@zi/ui';
import { ApiError } from '../ApiError';
import { QueueTable } from '../queue/QueueTable';
import { queueRows } from '../queue/queue';
import { useEvaluationQueue } from '../queue/useEvaluationQueue';
import { useLkeYear } from '../units/useLkeYear';

/** The TPI's work list: the worksheets of the units in their scope, latest activity first. */
export function QueuePage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('queue.title'));
  const lke = useLkeYear();
  const { units, error, reload } = useEvaluationQueue(lke.year);
  const rows = units ? queueRows(units) : null;

  let content = <Loading />;
  if (error) content = <ApiError error={error} onRetry={reload} />;
  else if (rows && rows.length === 0) content = <p className="empty-state">{t('queue.empty')}</p>;
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
      <div className="list-options">
        <SelectField
          label={t('units.lkeYear')}
          testId="lke-year"
          value={String(lke.year)}
          options={lke.years.map((year) => ({ value: String(year), label: String(year) }))}
          onChange={(value) => lke.setYear(Number(value))}
        />
      </div>
      <section aria-label={t('queue.caption')}>{content}</section>
    </>
  );
}
