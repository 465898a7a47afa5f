import type { PlanItemFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { planSummary } from './action-plan';

/** How many activities the plan holds, how many are done, and how many are late. */
export function PlanSummary({ items }: { items: readonly PlanItemFragment[] }) {
  const t = useT();
  const { total, done, late } = planSummary(items);
  return (
    <dl className="key-figures plan-summary" data-testid="plan-summary">
      <div className="key-figures__item">
        <dt>{t('actionPlan.total')}</dt>
        <dd>{total}</dd>
      </div>
      <div className="key-figures__item">
        <dt>{t('actionPlan.done')}</dt>
        <dd>{done}</dd>
      </div>
      <div className={late > 0 ? 'key-figures__item plan-summary__late' : 'key-figures__item'}>
        <dt>{t('actionPlan.lateCount')}</dt>
        <dd data-testid="plan-late">{late}</dd>
      </div>
    </dl>
  );
}
