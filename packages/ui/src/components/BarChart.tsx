import { useId } from 'react';
import { formatNumber } from '../format/number';
import { useLocale } from '../i18n/I18nProvider';
import { barPercent, type ChartModel, chartSummary } from './bar-chart-layout';

/** Pixel sizes: the chart is as wide as its container, each category a label over its bars. */
const LABEL_HEIGHT = 22;
const GAP_BETWEEN_BARS = 3;
const GAP_BETWEEN_GROUPS = 14;

/**
 * Horizontal bars, readable at any width: lengths are percentages of the width and the text keeps
 * its size. Read out as one image whose description lists every value; the table below has them too.
 * A `className` on the figure lets a page give its series colours that mean something (a judgement).
 */
export function BarChart({ chart, className }: { chart: ChartModel; className?: string }) {
  const [locale] = useLocale();
  const titleId = useId();
  const descriptionId = useId();
  const format = (value: number) => formatNumber(value, locale);
  const grouped = chart.series.length > 1;
  const barHeight = grouped ? 12 : 18;
  const groupHeight = LABEL_HEIGHT + chart.series.length * (barHeight + GAP_BETWEEN_BARS);
  const max = Math.max(0, ...chart.bars.flatMap((bar) => bar.values));
  const height = Math.max(0, chart.bars.length * (groupHeight + GAP_BETWEEN_GROUPS) - GAP_BETWEEN_GROUPS);

  return (
    <figure className={className ? `chart ${className}` : 'chart'}>
      <figcaption className="chart__caption">{chart.title}</figcaption>
      {grouped && (
        <ul className="chart__legend">
          {chart.series.map((series, index) => (
            <li key={series.key} className="chart__legend-item">
              <span className={`chart__swatch chart__swatch--${index}`} aria-hidden="true" />
              {series.label}
            </li>
          ))}
        </ul>
      )}
      <svg
        className="chart__svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
      >
        <title id={titleId}>{chart.title}</title>
        <desc id={descriptionId}>{chartSummary(chart, format)}</desc>
        {chart.bars.map((bar, group) => {
          const top = group * (groupHeight + GAP_BETWEEN_GROUPS);
          return (
            <g key={bar.key}>
              <text className="chart__label" x="0" y={top + 15}>
                {bar.label}
              </text>
              {bar.values.map((value, index) => {
                const barTop = top + LABEL_HEIGHT + index * (barHeight + GAP_BETWEEN_BARS);
                const length = barPercent(value, max);
                return (
                  <g key={chart.series[index]?.key ?? index}>
                    <rect
                      className={`chart__bar chart__bar--${index}`}
                      x="0"
                      y={barTop}
                      width={`${length}%`}
                      height={barHeight}
                    />
                    <text
                      className="chart__value"
                      x={`${length}%`}
                      dx={value > 0 ? 6 : 0}
                      y={barTop + barHeight / 2}
                      dominantBaseline="central"
                    >
                      {format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
