import { formatNumber, useLocale, useT } from '@zi/ui';
import { type Bar, bandOf, isBelowWbk } from './colour-scale';

/** A score on its band's colour; one below what WBK asks is marked in text too, not by colour alone. */
export function HeatCell({ value, bar }: { value: number | null; bar: Bar }) {
  const t = useT();
  const [locale] = useLocale();
  if (value === null) return <td className="heatmap__cell">—</td>;
  const band = bandOf(value, bar);
  return (
    <td className={`heatmap__cell heatmap__cell--${band}`}>
      {isBelowWbk(band) && (
        <>
          <span aria-hidden="true">▾ </span>
          <span className="visually-hidden">{t('dashboard.heatmap.belowWbk')}: </span>
        </>
      )}
      {formatNumber(value, locale, { min: 1, max: 1 })}
    </td>
  );
}
