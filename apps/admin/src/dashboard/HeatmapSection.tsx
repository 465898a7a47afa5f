import { useLocale, useT } from '@zi/ui';
import { DashboardSection } from './DashboardSection';
import type { DashboardScope, HeatmapColumn, HeatmapSort } from './dashboard-params';
import type { HeatmapRow } from './dashboard-types';
import { csvHref } from './downloads';
import { HeatmapLegend } from './HeatmapLegend';
import { HeatmapTable } from './HeatmapTable';
import { ShownOf } from './ShownOf';

interface HeatmapSectionProps {
  /** The first units in the order shown (the API lists at most 100). */
  rows: readonly HeatmapRow[];
  /** How many units have a score: the CSV has them all. */
  total: number;
  scope: DashboardScope;
  sort: HeatmapSort;
  onSort: (column: HeatmapColumn) => void;
}

export function HeatmapSection({ rows, total, scope, sort, onSort }: HeatmapSectionProps) {
  const t = useT();
  const [locale] = useLocale();
  const year = String(scope.year);
  return (
    <DashboardSection
      table="heatmap"
      title={t('dashboard.heatmap.title')}
      intro={t('dashboard.heatmap.intro', { year })}
      csv={csvHref('heatmap', scope, locale)}
    >
      {rows.length === 0 ? (
        <p className="empty-state" data-testid="heatmap-empty">
          {t('dashboard.heatmap.empty', { year })}
        </p>
      ) : (
        <>
          <p className="dashboard-lead" data-testid="heatmap-count">
            {t('dashboard.heatmap.count', { count: total })}
          </p>
          <HeatmapLegend />
          <HeatmapTable rows={rows} year={scope.year} sort={sort} onSort={onSort} />
          <ShownOf shown={rows.length} total={total} />
        </>
      )}
    </DashboardSection>
  );
}
