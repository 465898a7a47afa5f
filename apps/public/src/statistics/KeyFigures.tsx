import { formatNumber, useLocale, useT } from '@zi/ui';
import type { KeyFigures as Figures } from './stat-sections';

/** The headline counts of the scope shown. */
export function KeyFigures({ figures }: { figures: Figures }) {
  const t = useT();
  const [locale] = useLocale();
  const items = [
    { key: 'total', label: t('stats.totalUnits'), value: figures.totalUnits },
    { key: 'building', label: t('stats.buildingZi'), value: figures.buildingZi },
    { key: 'wbk', label: t('stats.holdingWbk'), value: figures.wbk },
    { key: 'wbbm', label: t('stats.holdingWbbm'), value: figures.wbbm },
    { key: 'revoked', label: t('stats.revokedEver'), value: figures.revoked },
  ];
  return (
    <dl className="key-figures" aria-live="polite">
      {items.map((item) => (
        <div key={item.key} className="key-figures__item" data-testid={`figure-${item.key}`}>
          <dt>{item.label}</dt>
          <dd>{formatNumber(item.value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
