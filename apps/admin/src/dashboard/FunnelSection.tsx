import { BarChart, type Column, DataTable, formatNumber, useLocale, useT } from '@zi/ui';
import { DashboardSection } from './DashboardSection';
import { DataDetails } from './DataDetails';
import type { DashboardScope } from './dashboard-params';
import type { FunnelStep } from './dashboard-types';
import { csvHref } from './downloads';
import { funnelChart, funnelTotals, stageLabel } from './funnel';

/** How far the units have come: every stage, those not started told apart from the chart. */
export function FunnelSection({ funnel, scope }: { funnel: readonly FunnelStep[]; scope: DashboardScope }) {
  const t = useT();
  const [locale] = useLocale();
  const title = t('dashboard.funnel.title');
  const columns: Column<FunnelStep>[] = [
    { key: 'stage', header: t('dashboard.funnel.stage'), cell: (step) => stageLabel(step.stage, t) },
    {
      key: 'units',
      header: t('dashboard.units'),
      numeric: true,
      cell: (step) => formatNumber(step.units, locale),
    },
  ];
  return (
    <DashboardSection
      table="funnel"
      title={title}
      intro={t('dashboard.funnel.intro', { year: String(scope.year) })}
      csv={csvHref('funnel', scope, locale)}
    >
      <p className="dashboard-lead" data-testid="funnel-summary">
        {t('dashboard.funnel.summary', { ...funnelTotals(funnel) })}
      </p>
      <div className="card">
        <BarChart chart={funnelChart(funnel, t)} />
      </div>
      <DataDetails label={title}>
        <DataTable
          caption={title}
          columns={columns}
          rows={funnel}
          rowKey={(step) => step.stage}
          rowTestId="funnel-row"
        />
      </DataDetails>
    </DashboardSection>
  );
}
