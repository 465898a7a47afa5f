/** Bars of one or more series (grouped), one group per category. */
export interface ChartModel {
  title: string;
  series: readonly { key: string; label: string }[];
  bars: readonly { key: string; label: string; values: readonly number[] }[];
}

/** The longest bar leaves room on its right for its value. */
const LONGEST_BAR_PERCENT = 78;

/** A bar's length as a percentage of the chart's width, scaled to the largest value. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.round((value / max) * LONGEST_BAR_PERCENT * 10) / 10;
}

/** The chart in words, for its text alternative: every category with its values. */
export function chartSummary(chart: ChartModel, format: (value: number) => string): string {
  const grouped = chart.series.length > 1;
  return chart.bars
    .map((bar) => {
      if (!grouped) return `${bar.label}: ${format(bar.values[0] ?? 0)}`;
      const values = chart.series.map((series, index) => `${series.label} ${format(bar.values[index] ?? 0)}`);
      return `${bar.label}: ${values.join(', ')}`;
    })
    .join('; ');
}
