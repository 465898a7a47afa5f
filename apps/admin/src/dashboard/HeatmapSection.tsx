import { useT } from '@zi/ui';
import { DashboardSection } from './DashboardSection';
import type { DashboardScope, HeatmapColumn, HeatmapSort } from './dashboard-params';
import type { HeatmapRow } from './dashboard-types';
import { csvHref } from './downloads';
import { HeatmapLegend } from './HeatmapLegend';
import { HeatmapTable } from './HeatmapTable';

interface HeatmapSectionProps {
  rows: readonly HeatmapRow[];
  scope: DashboardScope;
  sort: HeatmapSort;
  onSort: (column: HeatmapColumn) => void;
}

export function HeatmapSection({ rows, scope, sort, onSort }: HeatmapSectionProps) {
  const t = useT();
  const year = String(scope.year);
  return (
    <DashboardSection
      table="heatmap"
      title={t('dashboard.heatmap.title')}
      intro={t('dashboard.heatmap.intro', { year })}
      csv={csvHref('heatmap', scope)}
    >
      {rows.length === 0 ? (
        <p className="empty-state" data-testid="heatmap-empty">
          {t('dashboard.heatmap.empty', { year })}
        </p>
      ) : (
        <>
          <p className="dashboard-lead" data-testid="heatmap-count">
            {t('dashboard.heatmap.count', { count: rows.length })}
          </p>
          <HeatmapLegend />
          <HeatmapTable rows={rows} year={scope.year} sort={sort} onSort={onSort} />
        </>
      )}
    </DashboardSection>
  );
}
