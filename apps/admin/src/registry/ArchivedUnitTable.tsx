import type { RegistryUnitFragment } from '@zi/schema/admin';
import { type Column, DataTable, useT } from '@zi/ui';
import { useDateTime } from '../auth/useDateTime';
import { NotRecorded } from './NotRecorded';

interface ArchivedUnitTableProps {
  units: readonly RegistryUnitFragment[];
  busy: boolean;
  onRestore: (unit: RegistryUnitFragment) => void;
}

export function ArchivedUnitTable({ units, busy, onRestore }: ArchivedUnitTableProps) {
  const t = useT();
  const dateTime = useDateTime();
  const columns: Column<RegistryUnitFragment>[] = [
    { key: 'name', header: t('unit.name'), cell: (unit) => unit.name },
    {
      key: 'code',
      header: t('registryUnits.code'),
      cell: (unit) => unit.code ?? <NotRecorded />,
    },
    { key: 'kind', header: t('unit.kind'), cell: (unit) => t(`unitKind.${unit.kind}`) },
    {
      key: 'archivedAt',
      header: t('archive.archivedAt'),
      cell: (unit) => unit.archivedAt && <time dateTime={unit.archivedAt}>{dateTime(unit.archivedAt)}</time>,
    },
    { key: 'reason', header: t('archive.reason'), cell: (unit) => unit.archiveReason },
    {
      key: 'actions',
      header: t('registryUnits.actions'),
      cell: (unit) => (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          data-testid="unit-restore"
          onClick={() => onRestore(unit)}
        >
          {t('archive.restore')}
          <span className="visually-hidden"> {unit.name}</span>
        </button>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('archive.caption')}
      columns={columns}
      rows={units}
      rowKey={(unit) => unit.id}
      rowTestId="archived-unit-row"
    />
  );
}
