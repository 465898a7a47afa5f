import type { UnitSummaryFragment } from '@zi/schema/public';
import { type Column, CurrentStage, DataTable, PredicateBadge, useT } from '@zi/ui';
import { Link, useLocation } from 'react-router';
import type { DirectoryState } from './directory-state';

export function UnitTable({ units }: { units: readonly UnitSummaryFragment[] }) {
  const t = useT();
  const { search } = useLocation();
  const state: DirectoryState = { directorySearch: search };
  const columns: Column<UnitSummaryFragment>[] = [
    {
      key: 'name',
      header: t('unit.name'),
      cell: (unit) => (
        <Link to={`/units/${unit.id}`} state={state}>
          {unit.name}
        </Link>
      ),
    },
    { key: 'instansi', header: t('unit.instansi'), cell: (unit) => unit.instansi.name },
    { key: 'kind', header: t('unit.kind'), cell: (unit) => t(`unitKind.${unit.kind}`) },
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
  ];
  return (
    <DataTable
      caption={t('directory.caption')}
      columns={columns}
      rows={units}
      rowKey={(unit) => unit.id}
      rowTestId="unit-row"
    />
  );
}
