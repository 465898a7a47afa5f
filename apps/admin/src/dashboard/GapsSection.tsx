import { BarChart, type Column, DataTable, formatNumber, useLocale, useT } from '@zi/ui';
import { answeredOf } from './completeness';
import { DashboardSection } from './DashboardSection';
import { DataDetails } from './DataDetails';
import type { DashboardScope } from './dashboard-params';
import type { GapRow } from './dashboard-types';
import { csvHref } from './downloads';
import { largeGapsChart, largestGapsChart } from './gaps';
import { UnitLink } from './UnitLink';

/** Where units rate themselves above the TPI: by area, then unit by unit, each opening the comparison. */
export function GapsSection({ gaps, scope }: { gaps: readonly GapRow[]; scope: DashboardScope }) {
  const t = useT();
  const [locale] = useLocale();
  const title = t('dashboard.gaps.title');
  const percent = (value: number) => formatNumber(value, locale, { min: 1, max: 1 });
  const columns: Column<GapRow>[] = [
    { key: 'unit', header: t('unit.name'), cell: (row) => <UnitLink unit={row.unit} page="compare" /> },
    { key: 'area', header: t('dashboard.gaps.area'), cell: (row) => t(`changeArea.${row.area}`) },
    { key: 'self', header: t('dashboard.gaps.self'), numeric: true, cell: (row) => percent(row.selfPercent) },
    { key: 'tpi', header: t('dashboard.gaps.tpi'), numeric: true, cell: (row) => percent(row.tpiPercent) },
    { key: 'gap', header: t('dashboard.gaps.gap'), numeric: true, cell: (row) => percent(row.gap) },
    {
      key: 'answered',
      header: t('dashboard.gaps.answered'),
      numeric: true,
      cell: (row) =>
        `${answeredOf({ answered: row.selfAnswered, questions: row.questions })} · ${answeredOf({ answered: row.tpiAnswered, questions: row.questions })}`,
    },
  ];
  return (
    <DashboardSection
      table="gaps"
      title={title}
      intro={t('dashboard.gaps.intro')}
      csv={csvHref('gaps', scope, locale)}
    >
      {gaps.length === 0 ? (
        <p className="empty-state" data-testid="gaps-empty">
          {t('dashboard.gaps.empty', { year: String(scope.year) })}
        </p>
      ) : (
        <>
          <div className="dashboard-grid dashboard-grid--wide-second">
            <div className="card">
              <BarChart chart={largeGapsChart(gaps, t)} />
            </div>
            <div className="card">
              <BarChart chart={largestGapsChart(gaps, t)} />
            </div>
          </div>
          <DataDetails label={title}>
            <DataTable
              caption={title}
              columns={columns}
              rows={gaps}
              rowKey={(row) => `${row.unit.id}-${row.area}`}
              rowTestId="gap-row"
            />
          </DataDetails>
        </>
      )}
    </DashboardSection>
  );
}
