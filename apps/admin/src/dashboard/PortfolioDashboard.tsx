import { useT } from '@zi/ui';
import { DashboardFilters } from './DashboardFilters';
import { GapsSection } from './GapsSection';
import { HeatmapSection } from './HeatmapSection';
import { nextSort } from './heatmap';
import { IncompleteSection } from './IncompleteSection';
import { Loaded } from './Loaded';
import { OverviewParts } from './OverviewParts';
import { RisksSection } from './RisksSection';
import { TrendsSection } from './TrendsSection';
import { useDashboard } from './useDashboard';
import { useDashboardParams } from './useDashboardParams';

/**
 * The portfolio in one page, each part shown as soon as its query answers. While a new year or
 * filter loads, the previous numbers stay on screen, dimmed, instead of a blank page.
 */
export function PortfolioDashboard() {
  const t = useT();
  const { params, update, currentYear } = useDashboardParams();
  const scope = { year: params.year, kind: params.kind, region: params.region };
  const { overview, scores, trends } = useDashboard(scope, params.sort);
  const scoresData = (scores.data ?? scores.previousData)?.portfolioDashboard;

  return (
    <>
      <p className="page-intro">{t('dashboard.intro')}</p>
      <DashboardFilters params={params} currentYear={currentYear} onChange={update} />
      <div className="dashboard-part" aria-busy={!overview.data}>
        <Loaded
          data={(overview.data ?? overview.previousData)?.portfolioDashboard}
          error={overview.error}
          onRetry={() => void overview.refetch()}
        >
          {(data) => <OverviewParts overview={data} scope={scope} />}
        </Loaded>
      </div>
      <div className="dashboard-part" aria-busy={!scores.data}>
        <Loaded data={scoresData} error={scores.error} onRetry={() => void scores.refetch()}>
          {(data) => (
            <>
              <HeatmapSection
                rows={data.heatmap}
                total={data.counts.heatmap}
                scope={scope}
                sort={params.sort}
                onSort={(column) => update({ sort: nextSort(params.sort, column) })}
              />
              <GapsSection gaps={data.gaps} scope={scope} />
              <RisksSection
                risks={data.risks}
                rules={data.riskRules}
                total={data.counts.risks}
                scope={scope}
              />
              <IncompleteSection rows={data.incomplete} total={data.counts.incomplete} scope={scope} />
            </>
          )}
        </Loaded>
      </div>
      <div className="dashboard-part" aria-busy={!trends.data}>
        <Loaded
          data={(trends.data ?? trends.previousData)?.portfolioDashboard.trends}
          error={trends.error}
          onRetry={() => void trends.refetch()}
        >
          {(data) => <TrendsSection trends={data} scope={scope} />}
        </Loaded>
      </div>
    </>
  );
}
