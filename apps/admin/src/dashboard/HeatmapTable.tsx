import { useT } from '@zi/ui';
import { useId } from 'react';
import { CHANGE_AREAS } from '../registry/enum-values';
import { AREA_BAR, TOTAL_BAR } from './colour-scale';
import { completenessText } from './completeness';
import { HEATMAP_COLUMNS, type HeatmapColumn, type HeatmapSort } from './dashboard-params';
import type { HeatmapRow } from './dashboard-types';
import { HeatCell } from './HeatCell';
import { heatmapValue, sortHeatmap } from './heatmap';
import { SortHeader } from './SortHeader';
import { UnitLink } from './UnitLink';

interface HeatmapTableProps {
  rows: readonly HeatmapRow[];
  year: number;
  sort: HeatmapSort;
  onSort: (column: HeatmapColumn) => void;
}

/**
 * Units × areas as a real table: every score is there as text on its band's colour. It scrolls
 * within its frame, headings and unit names staying in view, so 250 units stay readable.
 */
export function HeatmapTable({ rows, year, sort, onSort }: HeatmapTableProps) {
  const t = useT();
  const captionId = useId();
  const label = (column: HeatmapColumn) => {
    if (column === 'name') return t('dashboard.heatmap.unit');
    return column === 'total' ? t('dashboard.heatmap.total') : t(`changeArea.${column}`);
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling frame must take focus to scroll by keyboard.
    <section className="heatmap" aria-labelledby={captionId} tabIndex={0}>
      <table className="heatmap__table" data-testid="heatmap">
        <caption id={captionId} className="visually-hidden">
          {t('dashboard.heatmap.caption')}
        </caption>
        <thead>
          <tr>
            {HEATMAP_COLUMNS.map((column) => (
              <SortHeader key={column} column={column} label={label(column)} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sortHeatmap(rows, sort).map((row) => (
            <tr key={row.unit.id} data-testid="heatmap-row">
              <th scope="row" className="heatmap__unit">
                <UnitLink unit={row.unit} />
                <span className="heatmap__source">
                  {t(row.evaluated ? 'dashboard.heatmap.sourceTpi' : 'dashboard.heatmap.sourceSelf')}
                  {row.year !== year && ` · ${t('dashboard.heatmap.sourceYear', { year: String(row.year) })}`}
                  {` · ${completenessText(row, t)}`}
                </span>
              </th>
              {CHANGE_AREAS.map((area) => (
                <HeatCell key={area} value={heatmapValue(row, area)} bar={AREA_BAR} />
              ))}
              <HeatCell value={row.total} bar={TOTAL_BAR} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
