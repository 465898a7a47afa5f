import type { HeatmapColumn, HeatmapSort } from './dashboard-params';
import type { HeatmapRow } from './dashboard-types';

/** A row's value in a column; null for an area its worksheet did not score. */
export function heatmapValue(row: HeatmapRow, column: Exclude<HeatmapColumn, 'name'>): number | null {
  if (column === 'total') return row.total;
  return row.areas.find((area) => area.area === column)?.percent ?? null;
}

const byName = (a: HeatmapRow, b: HeatmapRow) => a.unit.name.localeCompare(b.unit.name, 'id');

/** Rows in the chosen order; a missing value goes last either way, ties by name. */
export function sortHeatmap(rows: readonly HeatmapRow[], { column, direction }: HeatmapSort): HeatmapRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  if (column === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const left = heatmapValue(a, column);
    const right = heatmapValue(b, column);
    if (left === null || right === null) {
      if (left === right) return byName(a, b);
      return left === null ? 1 : -1;
    }
    return sign * (left - right) || byName(a, b);
  });
}

/** A click on a column: the same one turns its order round, another starts with its lowest first. */
export function nextSort(current: HeatmapSort, column: HeatmapColumn): HeatmapSort {
  if (current.column !== column) return { column, direction: 'asc' };
  return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
