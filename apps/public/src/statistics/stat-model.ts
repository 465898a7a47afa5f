import type { ChartModel } from '@zi/ui';

/** A table cell: text, a count, or text linking to a page of the site. */
export type Cell = string | number | { text: string; to: string };

export interface TableModel {
  columns: readonly { key: string; header: string; numeric?: boolean }[];
  rows: readonly { key: string; cells: readonly Cell[] }[];
}

/** One block of the statistics page: a chart and the table behind it. */
export interface StatSection {
  id: 'stage' | 'predicate' | 'instansi' | 'region' | 'year';
  title: string;
  intro: string;
  chart: ChartModel;
  table: TableModel;
  /** The name of the table's CSV download. */
  fileName: string;
}

export function cellText(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  return typeof cell === 'string' ? cell : cell.text;
}
