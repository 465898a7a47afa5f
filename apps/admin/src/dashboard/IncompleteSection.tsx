import { type Column, DataTable, useLocale, useT } from '@zi/ui';
import { formatScore } from '../worksheet/format';
import { answeredOf } from './completeness';
import { DashboardSection } from './DashboardSection';
import type { DashboardScope } from './dashboard-params';
import type { IncompleteRow } from './dashboard-types';
import { csvHref } from './downloads';
import { ShownOf } from './ShownOf';
import { UnitLink } from './UnitLink';

/**
 * Worksheets still being filled in (decision 0036): shown apart from the ranked parts, each score
 * marked as provisional beside how many questions it rests on.
 */
export function IncompleteSection({
  rows,
  total,
  scope,
}: {
  /** The least answered first (the API lists at most 100). */
  rows: readonly IncompleteRow[];
  /** How many worksheets are in progress: the CSV has them all. */
  total: number;
  scope: DashboardScope;
}) {
  const t = useT();
  const [locale] = useLocale();
  const year = String(scope.year);
  const columns: Column<IncompleteRow>[] = [
    { key: 'unit', header: t('unit.name'), cell: (row) => <UnitLink unit={row.unit} /> },
    { key: 'year', header: t('dashboard.incomplete.year'), numeric: true, cell: (row) => String(row.year) },
    {
      key: 'layer',
      header: t('dashboard.incomplete.layer'),
      cell: (row) =>
        t(row.layer === 'TPI' ? 'dashboard.incomplete.layerTpi' : 'dashboard.incomplete.layerUnit'),
    },
    {
      key: 'answered',
      header: t('dashboard.incomplete.answered'),
      numeric: true,
      cell: (row) => answeredOf(row),
    },
    {
      key: 'total',
      header: t('dashboard.incomplete.total'),
      numeric: true,
      cell: (row) => (
        <>
          {formatScore(row.total, locale)}{' '}
          <span className="incomplete-mark">({t('dashboard.incomplete.mark')})</span>
        </>
      ),
    },
  ];
  return (
    <DashboardSection
      table="incomplete"
      title={t('dashboard.incomplete.title')}
      intro={t('dashboard.incomplete.intro', { year })}
      csv={csvHref('incomplete', scope, locale)}
    >
      {rows.length === 0 ? (
        <p className="empty-state" data-testid="incomplete-empty">
          {t('dashboard.incomplete.empty', { year })}
        </p>
      ) : (
        <>
          <DataTable
            caption={t('dashboard.incomplete.caption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.unit.id}
            rowTestId="incomplete-row"
          />
          <ShownOf shown={rows.length} total={total} />
        </>
      )}
    </DashboardSection>
  );
}
