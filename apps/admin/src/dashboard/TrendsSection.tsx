import { BarChart, type Column, DataTable, formatNumber, useLocale, useT } from '@zi/ui';
import { PROGRESS_JUDGEMENTS } from '../registry/enum-values';
import { DashboardSection } from './DashboardSection';
import { DataDetails } from './DataDetails';
import type { DashboardScope } from './dashboard-params';
import type { Trend } from './dashboard-types';
import { csvHref } from './downloads';
import { followUpChart, judgementChart, judgementCount, quarterLabel } from './trends';

/** The monitoring rounds of this year and the last, quarter by quarter. */
export function TrendsSection({ trends, scope }: { trends: readonly Trend[]; scope: DashboardScope }) {
  const t = useT();
  const [locale] = useLocale();
  const title = t('dashboard.trends.title');
  const years = { previous: String(scope.year - 1), year: String(scope.year) };
  const count = (value: number) => formatNumber(value, locale);
  const columns: Column<Trend>[] = [
    { key: 'period', header: t('dashboard.trends.period'), cell: (trend) => quarterLabel(trend, t) },
    ...PROGRESS_JUDGEMENTS.map(
      (judgement): Column<Trend> => ({
        key: judgement,
        header: t(`progressJudgement.${judgement}`),
        numeric: true,
        cell: (trend) => count(judgementCount(trend, judgement)),
      }),
    ),
    {
      key: 'findings',
      header: t('dashboard.trends.findings'),
      numeric: true,
      cell: (trend) => count(trend.findings),
    },
    {
      key: 'open',
      header: t('dashboard.trends.open'),
      numeric: true,
      cell: (trend) => count(trend.followUpsOpen),
    },
    {
      key: 'verified',
      header: t('dashboard.trends.verified'),
      numeric: true,
      cell: (trend) => count(trend.followUpsVerified),
    },
  ];
  return (
    <DashboardSection
      table="trends"
      title={title}
      intro={t('dashboard.trends.intro', years)}
      csv={csvHref('trends', scope, locale)}
    >
      {trends.length === 0 ? (
        <p className="empty-state" data-testid="trends-empty">
          {t('dashboard.trends.empty', years)}
        </p>
      ) : (
        <>
          <div className="dashboard-grid">
            <div className="card">
              <BarChart chart={followUpChart(trends, t)} className="follow-up-chart" />
            </div>
            <div className="card">
              <BarChart chart={judgementChart(trends, t)} className="judgement-chart" />
            </div>
          </div>
          <DataDetails label={title}>
            <DataTable
              caption={title}
              columns={columns}
              rows={trends}
              rowKey={(trend) => `${trend.year}-${trend.quarter}`}
              rowTestId="trend-row"
            />
          </DataDetails>
        </>
      )}
    </DashboardSection>
  );
}
