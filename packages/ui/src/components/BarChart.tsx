import { useId } from 'react';
import { formatNumber } from '../format/number';
import { useLocale } from '../i18n/I18nProvider';
import { barPercent, type ChartModel, chartSummary } from './bar-chart-layout';

/**
 * Horizontal bars, readable at any width: each category's label over its bars, lengths as
 * percentages of the width, the value after each bar. HTML rather than SVG, so that a long label
 * wraps instead of running out of the chart on a phone (issue 15). Read out as one image whose
 * description lists every value; the table below has them too. A `className` on the figure lets a
 * page give its series colours that mean something (a judgement).
 */
export function BarChart({ chart, className }: { chart: ChartModel; className?: string }) {
  const [locale] = useLocale();
  const titleId = useId();
  const descriptionId = useId();
  const format = (value: number) => formatNumber(value, locale);
  const grouped = chart.series.length > 1;
  const max = Math.max(0, ...chart.bars.flatMap((bar) => bar.values));

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
      <div
        className={grouped ? 'chart__plot chart__plot--grouped' : 'chart__plot'}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
      >
        <span id={titleId} hidden>
          {chart.title}
        </span>
        <span id={descriptionId} hidden>
          {chartSummary(chart, format)}
        </span>
        {chart.bars.map((bar) => (
          <div key={bar.key} className="chart__group" aria-hidden="true">
            <div className="chart__label">{bar.label}</div>
            {bar.values.map((value, index) => (
              <div key={chart.series[index]?.key ?? index} className="chart__row">
                <span
                  className={`chart__bar chart__bar--${index}`}
                  style={{ width: `${barPercent(value, max)}%` }}
                />
                <span className="chart__value">{format(value)}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
    </figure>
  );
}
