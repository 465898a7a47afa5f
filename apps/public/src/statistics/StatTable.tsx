import { type Column, DataTable, formatNumber, useLocale } from '@zi/ui';
import { Link } from 'react-router';
import type { Cell, TableModel } from './stat-model';

type Row = TableModel['rows'][number];

function CellContent({ cell }: { cell: Cell }) {
  const [locale] = useLocale();
  if (typeof cell === 'number') return formatNumber(cell, locale);
  if (typeof cell === 'string') return cell;
  return <Link to={cell.to}>{cell.text}</Link>;
}

export function StatTable({ table, caption }: { table: TableModel; caption: string }) {
  const columns: Column<Row>[] = table.columns.map((column, index) => ({
    key: column.key,
    header: column.header,
    numeric: column.numeric,
    cell: (row) => {
      const cell = row.cells[index];
      return cell === undefined ? null : <CellContent cell={cell} />;
    },
  }));
  return <DataTable caption={caption} columns={columns} rows={table.rows} rowKey={(row) => row.key} />;
}
