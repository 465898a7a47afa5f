import { type Column, DataTable, useT } from '@zi/ui';
import type { ImportReport } from './unit-import';

type Row = ImportReport['rows'][number];

const BADGES: Record<Row['action'], string> = {
  create: 'badge badge--wbk',
  update: 'badge badge--progress',
  unchanged: 'badge badge--neutral',
};

/**
 * The rows that can be saved, and what saving does to each: a new unit, an update, or nothing. The
 * API lists the first rows of each outcome; `notListed` counts the others.
 */
export function ImportRows({ rows, notListed }: { rows: readonly Row[]; notListed: number }) {
  const t = useT();
  const columns: Column<Row>[] = [
    { key: 'row', header: t('unitImport.row'), numeric: true, cell: (row) => row.row },
    { key: 'code', header: t('registryUnits.code'), cell: (row) => row.code },
    { key: 'name', header: t('unit.name'), cell: (row) => row.name },
    {
      key: 'action',
      header: t('unitImport.action'),
      cell: (row) => <span className={BADGES[row.action]}>{t(`unitImport.action.${row.action}`)}</span>,
    },
  ];
  return (
    <>
      <DataTable
        caption={t('unitImport.rowsCaption')}
        columns={columns}
        rows={rows}
        rowKey={(row) => String(row.row)}
        rowTestId="import-row"
      />
      {notListed > 0 && <p className="muted">{t('unitImport.moreRows', { count: notListed })}</p>}
    </>
  );
}
