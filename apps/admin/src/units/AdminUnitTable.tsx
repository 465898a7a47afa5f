import type { AdminUnitsQuery } from '@zi/schema/admin';
import { type Column, CurrentStage, DataTable, PredicateBadge, useT } from '@zi/ui';
import { LkeSummary } from './LkeSummary';

type AdminUnit = AdminUnitsQuery['units']['edges'][number]['node'];

interface AdminUnitTableProps {
  units: readonly AdminUnit[];
  /** The year of the worksheets in the LKE column. */
  lkeYear: number;
}

export function AdminUnitTable({ units, lkeYear }: AdminUnitTableProps) {
  const t = useT();
  const columns: Column<AdminUnit>[] = [
    { key: 'name', header: t('unit.name'), cell: (unit) => unit.name },
    { key: 'kind', header: t('unit.kind'), cell: (unit) => t(`unitKind.${unit.kind}`) },
    {
      key: 'head',
      header: t('unit.head'),
      cell: (unit) => unit.headName ?? <span className="muted">{t('common.notRecorded')}</span>,
    },
    {
      key: 'stage',
      header: t('unit.stage'),
      cell: (unit) => <CurrentStage stage={unit.currentStage} since={unit.currentStageOn} />,
    },
    {
      key: 'predicate',
      header: t('unit.predicate'),
      cell: (unit) => <PredicateBadge kind={unit.activePredicate} />,
    },
    {
      key: 'lke',
      header: t('units.lkeColumn', { year: String(lkeYear) }),
      cell: (unit) => <LkeSummary assessment={unit.assessment} unitName={unit.name} />,
    },
    {
      key: 'public',
      header: t('units.publicPage'),
      // The public site is another app on this origin: a plain link, outside the portal's router.
      cell: (unit) => (
        <a href={`/units/${unit.id}`}>
          {t('units.publicPage')}
          <span className="visually-hidden"> {unit.name}</span>
        </a>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('units.caption')}
      columns={columns}
      rows={units}
      rowKey={(unit) => unit.id}
      rowTestId="unit-row"
    />
  );
}
