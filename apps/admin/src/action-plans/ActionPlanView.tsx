import { useQuery } from '@apollo/client/react';
import { ActionPlanDocument, type PlanItemFragment } from '@zi/schema/admin';
import { Loading, useT } from '@zi/ui';
import { useState } from 'react';
import { ApiError } from '../ApiError';
import { PlanAreas } from './PlanAreas';
import { PlanItemForm } from './PlanItemForm';
import { PlanSummary } from './PlanSummary';
import { ProgressDialog } from './ProgressDialog';

interface ActionPlanViewProps {
  unitId: string;
  year: number;
  /** Whether the viewer writes this plan: the unit's operator, or the Inspektorat. */
  canWrite: boolean;
}

/** One unit's plan of one year: its figures, its activities by area, and the way to add and update them. */
export function ActionPlanView({ unitId, year, canWrite }: ActionPlanViewProps) {
  const t = useT();
  const [updating, setUpdating] = useState<PlanItemFragment | null>(null);
  const { data, error, refetch } = useQuery(ActionPlanDocument, { variables: { unitId, year } });
  if (error) return <ApiError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const items = data.actionPlan;
  return (
    <>
      <PlanSummary items={items} />
      {items.length === 0 && (
        <p className="empty-state" data-testid="plan-empty">
          {t(canWrite ? 'actionPlan.emptyWrite' : 'actionPlan.empty')}
        </p>
      )}
      {canWrite && <PlanItemForm unitId={unitId} year={year} />}
      <PlanAreas items={items} onUpdate={canWrite ? setUpdating : null} />
      <ProgressDialog item={updating} onClose={() => setUpdating(null)} />
    </>
  );
}
