import { SelectField, useDocumentTitle, useT } from '@zi/ui';
import { useSearchParams } from 'react-router';
import { useViewer } from '../auth/SignedIn';
import { jakartaToday } from '../deadlines/deadlines';
import { ActionPlanView } from './ActionPlanView';
import { type PlanParams, parsePlanParams, planSearch, planYears } from './action-plan';
import { LatePlanItems } from './LatePlanItems';
import { UnitPicker } from './UnitPicker';

/**
 * A unit's action plan (rencana aksi) of a year: an operator's own unit, or the one the Inspektorat
 * picks (`?unit=<id>&year=<year>`).
 */
export function ActionPlanPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('actionPlan.title'));
  const viewer = useViewer();
  const today = jakartaToday();
  const [search, setSearch] = useSearchParams();
  const params = parsePlanParams(search, today);
  // A viewer with a unit of their own plans for it; the Inspektorat picks one.
  const ownUnit = viewer.unit;
  const unitId = ownUnit ? ownUnit.id : params.unit;
  const go = (patch: Partial<PlanParams>) => {
    const next = { ...params, ...patch };
    setSearch(planSearch({ year: next.year, unit: ownUnit ? null : next.unit }));
  };

  return (
    <section data-testid="action-plan-page">
      <h1>{t('actionPlan.title')}</h1>
      <p className="page-intro">{t(ownUnit ? 'actionPlan.introUnit' : 'actionPlan.introInspektorat')}</p>
      <div className="plan-options">
        {ownUnit ? (
          <p className="plan-options__unit" data-testid="picked-unit">
            {ownUnit.name}
          </p>
        ) : (
          <UnitPicker label={t('actionPlan.unit')} unitId={params.unit} onChange={(unit) => go({ unit })} />
        )}
        <SelectField
          label={t('actionPlan.year')}
          testId="plan-year"
          value={String(params.year)}
          options={planYears(today, params.year).map((year) => ({
            value: String(year),
            label: String(year),
          }))}
          onChange={(value) => go({ year: Number(value) })}
        />
      </div>
      {unitId ? (
        <ActionPlanView
          key={`${unitId}/${params.year}`}
          unitId={unitId}
          year={params.year}
          canWrite={viewer.may.writeActionPlans}
        />
      ) : (
        <>
          <p className="empty-state" data-testid="plan-pick-unit">
            {t('actionPlan.pickUnit')}
          </p>
          {!ownUnit && <LatePlanItems />}
        </>
      )}
    </section>
  );
}
