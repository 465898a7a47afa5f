import type { RegistryUnitFragment } from '@zi/schema/admin';
import { type Column, DataTable, useT } from '@zi/ui';
import { NotRecorded } from './NotRecorded';
import { UnitEvaluatorNames } from './UnitEvaluatorNames';

interface RegistryUnitTableProps {
  units: readonly RegistryUnitFragment[];
  onEdit: (unit: RegistryUnitFragment) => void;
  onArchive: (unit: RegistryUnitFragment) => void;
}

/** The registered units with what the Inspektorat keeps about them, each to edit or archive. */
export function RegistryUnitTable({ units, onEdit, onArchive }: RegistryUnitTableProps) {
  const t = useT();
  const columns: Column<RegistryUnitFragment>[] = [
    {
      key: 'name',
      header: t('unit.name'),
      cell: (unit) => (
        <>
          {unit.name}
          {unit.aliases.length > 0 && <span className="muted"> ({unit.aliases.join(', ')})</span>}
        </>
      ),
    },
    { key: 'code', header: t('registryUnits.code'), cell: (unit) => unit.code ?? <NotRecorded /> },
    { key: 'kind', header: t('unit.kind'), cell: (unit) => t(`unitKind.${unit.kind}`) },
    { key: 'region', header: t('registryUnits.region'), cell: (unit) => unit.regionCode ?? <NotRecorded /> },
    { key: 'head', header: t('unit.head'), cell: (unit) => unit.headName ?? <NotRecorded /> },
    {
      key: 'evaluators',
      header: t('registryUnits.evaluators'),
      cell: (unit) => <UnitEvaluatorNames assignments={unit.evaluators} />,
    },
    {
      key: 'actions',
      header: t('registryUnits.actions'),
      cell: (unit) => (
        <div className="inline">
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="unit-edit"
            onClick={() => onEdit(unit)}
          >
            {t('registryUnits.edit')}
            <span className="visually-hidden"> {unit.name}</span>
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            data-testid="unit-archive"
            onClick={() => onArchive(unit)}
          >
            {t('registryUnits.archive')}
            <span className="visually-hidden"> {unit.name}</span>
          </button>
        </div>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('registryUnits.caption')}
      columns={columns}
      rows={units}
      rowKey={(unit) => unit.id}
      rowTestId="registry-unit-row"
    />
  );
}
