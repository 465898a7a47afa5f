import { useT } from '@zi/ui';
import type { HeatmapColumn, HeatmapSort } from './dashboard-params';

interface SortHeaderProps {
  column: HeatmapColumn;
  label: string;
  sort: HeatmapSort;
  onSort: (column: HeatmapColumn) => void;
}

/** A column heading that sorts the heatmap by it; the sorted one says its order, in words and arrow. */
export function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const t = useT();
  const sorted = sort.column === column;
  const ascending = sort.direction === 'asc';
  let order = t(ascending ? 'dashboard.heatmap.sortAscending' : 'dashboard.heatmap.sortDescending');
  if (column === 'name') {
    order = t(ascending ? 'dashboard.heatmap.sortNameAscending' : 'dashboard.heatmap.sortNameDescending');
  }
  return (
    <th
      scope="col"
      className={column === 'name' ? 'heatmap__unit' : 'heatmap__number'}
      aria-sort={sorted ? (ascending ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className="heatmap__sort"
        data-testid={`sort-${column}`}
        onClick={() => onSort(column)}
      >
        {label}
        {sorted && (
          <>
            <span aria-hidden="true"> {ascending ? '▲' : '▼'}</span>
            <span className="visually-hidden"> ({order})</span>
          </>
        )}
      </button>
    </th>
  );
}
