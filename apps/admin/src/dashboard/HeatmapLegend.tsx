import { useT } from '@zi/ui';
import { AREA_BAR, BANDS, TOTAL_BAR } from './colour-scale';

/** What each colour means, and the requirements it is measured against. */
export function HeatmapLegend() {
  const t = useT();
  return (
    <div className="heatmap-legend">
      <p className="heatmap-legend__title">{t('dashboard.legend.title')}</p>
      <ul className="heatmap-legend__list">
        {BANDS.map((band) => (
          <li key={band} className="heatmap-legend__item">
            <span className={`heatmap-legend__swatch heatmap__cell--${band}`} aria-hidden="true" />
            {t(`dashboard.legend.${band}`)}
          </li>
        ))}
      </ul>
      <p className="muted heatmap-legend__bars">
        {t('dashboard.legend.bars', {
          areaWbk: AREA_BAR.wbk,
          areaWbbm: AREA_BAR.wbbm,
          totalWbk: TOTAL_BAR.wbk,
          totalWbbm: TOTAL_BAR.wbbm,
        })}
      </p>
    </div>
  );
}
