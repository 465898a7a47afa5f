import { BarChart, type Column, DataTable, formatNumber, PredicateBadge, useLocale, useT } from '@zi/ui';
import { formatScore } from '../worksheet/format';
import { answeredOf } from './completeness';
import { DashboardSection } from './DashboardSection';
import { DataDetails } from './DataDetails';
import type { DashboardScope } from './dashboard-params';
import type { RiskRow, RiskRule } from './dashboard-types';
import { csvHref } from './downloads';
import { FailingRules } from './FailingRules';
import { failingRuleCounts, type RuleCount, riskChart } from './risks';
import { ShownOf } from './ShownOf';
import { UnitLink } from './UnitLink';

/**
 * Units short of their next predicate: which rules fail most often (over every unit at risk), then
 * each unit's shortfalls, the units failing most rules first (the API lists at most 100).
 */
export function RisksSection({
  risks,
  rules,
  total,
  scope,
}: {
  risks: readonly RiskRow[];
  rules: readonly RiskRule[];
  /** How many units are at risk: the CSV has them all. */
  total: number;
  scope: DashboardScope;
}) {
  const t = useT();
  const [locale] = useLocale();
  const title = t('dashboard.risks.title');
  const counts = failingRuleCounts(rules);
  const unitColumns: Column<RiskRow>[] = [
    { key: 'unit', header: t('unit.name'), cell: (row) => <UnitLink unit={row.unit} /> },
    {
      key: 'target',
      header: t('dashboard.risks.target'),
      cell: (row) => <PredicateBadge kind={row.target} />,
    },
    {
      key: 'total',
      header: t('dashboard.risks.total'),
      numeric: true,
      cell: (row) => formatScore(row.total, locale),
    },
    {
      key: 'answered',
      header: t('dashboard.risks.answered'),
      numeric: true,
      cell: (row) => answeredOf(row),
    },
    {
      key: 'failing',
      header: t('dashboard.risks.failing'),
      cell: (row) => <FailingRules risk={row} />,
    },
  ];
  const ruleColumns: Column<RuleCount>[] = [
    { key: 'rule', header: t('dashboard.risks.rule'), cell: (count) => count.label },
    {
      key: 'units',
      header: t('dashboard.units'),
      numeric: true,
      cell: (count) => formatNumber(count.units, locale),
    },
  ];
  return (
    <DashboardSection
      table="risks"
      title={title}
      intro={t('dashboard.risks.intro')}
      csv={csvHref('risks', scope, locale)}
    >
      {risks.length === 0 ? (
        <p className="empty-state" data-testid="risks-empty">
          {t('dashboard.risks.empty')}
        </p>
      ) : (
        <>
          <div className="card">
            <BarChart chart={riskChart(counts, t)} />
          </div>
          <DataDetails label={t('dashboard.risks.chart')}>
            <DataTable
              caption={t('dashboard.risks.chart')}
              columns={ruleColumns}
              rows={counts}
              rowKey={(count) => count.label}
            />
          </DataDetails>
          <DataTable
            caption={t('dashboard.risks.caption')}
            columns={unitColumns}
            rows={risks}
            rowKey={(row) => row.unit.id}
            rowTestId="risk-row"
          />
          <ShownOf shown={risks.length} total={total} />
        </>
      )}
    </DashboardSection>
  );
}
