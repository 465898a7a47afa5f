import type { PersonFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';

/** An evaluator's load: units assigned, units they lead, worksheets waiting for their evaluation. */
export function WorkloadText({ workload }: { workload: NonNullable<PersonFragment['workload']> }) {
  const t = useT();
  return (
    <span data-testid="workload">
      {t('people.workloadText', {
        units: workload.units,
        leading: workload.leading,
        pending: workload.pendingReviews,
      })}
    </span>
  );
}
