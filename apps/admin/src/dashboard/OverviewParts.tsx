import { useT } from '@zi/ui';
import { CoachingSection } from './CoachingSection';
import type { DashboardScope } from './dashboard-params';
import type { Overview } from './dashboard-types';
import { FunnelSection } from './FunnelSection';
import { HeadlineFigures } from './HeadlineFigures';
import { headlineFigures } from './headline';

/** The quick counts: headline figures, the stage funnel and coaching coverage. */
export function OverviewParts({ overview, scope }: { overview: Overview; scope: DashboardScope }) {
  const t = useT();
  const figures = headlineFigures(overview);
  if (figures.units === 0) {
    return (
      <p className="empty-state" data-testid="dashboard-no-units">
        {t('dashboard.noUnits')}
      </p>
    );
  }
  return (
    <>
      <HeadlineFigures figures={figures} />
      {figures.building === 0 && (
        <p className="alert alert--info" data-testid="dashboard-no-zone">
          {t('dashboard.noZone', { year: String(scope.year) })}
        </p>
      )}
      <div className="dashboard-grid">
        <FunnelSection funnel={overview.funnel} scope={scope} />
        <CoachingSection coaching={overview.coaching} scope={scope} />
      </div>
    </>
  );
}
