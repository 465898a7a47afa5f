import type { AnswerLayer } from '@zi/schema/admin';
import { useLocale, useT } from '@zi/ui';
import { Link } from 'react-router';
import { formatScore } from './format';
import { type LayerTotal, layerSearch } from './layers';

interface LayerTabsProps {
  layers: readonly LayerTotal[];
  shown: AnswerLayer;
}

/** Switches between the unit's answers and the evaluators'; each tab shows its layer's total. */
export function LayerTabs({ layers, shown }: LayerTabsProps) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <nav className="segmented" aria-label={t('worksheet.layers')}>
      {layers.map(({ layer, score }) => (
        <Link
          key={layer}
          className="segmented__item"
          to={{ search: layerSearch(layer) }}
          // Comparing layers keeps the reader where they are, with the same areas open.
          preventScrollReset
          aria-current={layer === shown ? 'page' : undefined}
          data-testid={`layer-tab-${layer}`}
        >
          <span>{t(`layer.${layer}`)}</span>
          <span className="segmented__value">{score ? formatScore(score.total, locale) : '—'}</span>
        </Link>
      ))}
    </nav>
  );
}
