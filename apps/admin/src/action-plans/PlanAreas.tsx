import type { PlanItemFragment } from '@zi/schema/admin';
import { type Column, DataTable, safeHref, useT } from '@zi/ui';
import { isQuarterNumber } from '../monitoring/quarters';
import { itemsByArea } from './action-plan';
import { PlanStatusBadge } from './PlanStatusBadge';

interface PlanAreasProps {
  items: readonly PlanItemFragment[];
  /** Null when the viewer only reads the plan. */
  onUpdate: ((item: PlanItemFragment) => void) | null;
}

/** The plan by change area, each area's activities by target quarter; an area without any says so. */
export function PlanAreas({ items, onUpdate }: PlanAreasProps) {
  const t = useT();
  const columns: Column<PlanItemFragment>[] = [
    { key: 'activity', header: t('actionPlan.activity'), cell: (item) => item.activity },
    { key: 'output', header: t('actionPlan.output'), cell: (item) => item.output },
    {
      key: 'quarter',
      header: t('actionPlan.targetQuarter'),
      cell: (item) =>
        isQuarterNumber(item.targetQuarter)
          ? t(`actionPlan.quarter.${item.targetQuarter}`)
          : item.targetQuarter,
    },
    { key: 'person', header: t('actionPlan.personInCharge'), cell: (item) => item.personInCharge },
    {
      key: 'status',
      header: t('actionPlan.status'),
      cell: (item) => <PlanStatusBadge status={item.status} late={item.late} />,
    },
    { key: 'realisation', header: t('actionPlan.realisation'), cell: (item) => <Realisation item={item} /> },
  ];
  if (onUpdate) {
    columns.push({
      key: 'update',
      header: t('actionPlan.update'),
      cell: (item) => (
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid="plan-update"
          onClick={() => onUpdate(item)}
        >
          {t('actionPlan.update')}
          <span className="visually-hidden"> {item.activity}</span>
        </button>
      ),
    });
  }
  return (
    <>
      {itemsByArea(items).map(({ area, items: areaItems }) => (
        <section key={area} className="plan-area" data-testid={`plan-area-${area}`}>
          <h2 className="plan-area__title">
            {t(`changeArea.${area}`)} <span className="muted">({areaItems.length})</span>
          </h2>
          {areaItems.length === 0 ? (
            <p className="muted">{t('actionPlan.areaEmpty')}</p>
          ) : (
            <DataTable
              caption={t(`changeArea.${area}`)}
              columns={columns}
              rows={areaItems}
              rowKey={(item) => item.id}
              rowTestId="plan-item"
            />
          )}
        </section>
      ))}
    </>
  );
}

function Realisation({ item }: { item: PlanItemFragment }) {
  const t = useT();
  const evidence = safeHref(item.evidenceUrl);
  if (!item.realisation && !evidence) return <span className="muted">{t('actionPlan.noRealisation')}</span>;
  return (
    <>
      {item.realisation}
      {evidence && (
        <a className="cell-note" href={evidence} target="_blank" rel="noreferrer">
          {t('followUps.evidenceLink')}
        </a>
      )}
    </>
  );
}
