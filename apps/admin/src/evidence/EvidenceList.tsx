import { formatDateTime, safeHref, useLocale, useT } from '@zi/ui';
import type { ReactNode } from 'react';
import type { EvidenceItem } from '../worksheet/types';

interface EvidenceListProps {
  items: readonly EvidenceItem[];
  /** What may be done with each item while editing (replace, remove). */
  actions?: (item: EvidenceItem) => ReactNode;
}

/** A question's evidence: files to download and links to documents kept elsewhere. */
export function EvidenceList({ items, actions }: EvidenceListProps) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <ul className="evidence-list" aria-label={t('evidence.title')}>
      {items.map((item) => {
        const external = safeHref(item.url);
        return (
          <li key={item.id} className="evidence-item" data-testid="evidence-item">
            <span className="evidence-item__kind">{t(external ? 'evidence.link' : 'evidence.file')}</span>
            {external ? (
              <a href={external} target="_blank" rel="noopener noreferrer" className="evidence-item__name">
                {item.name}
              </a>
            ) : item.downloadUrl ? (
              <a href={item.downloadUrl} download className="evidence-item__name">
                {item.name}
              </a>
            ) : (
              <span className="evidence-item__name">{item.name}</span>
            )}
            <span className="cell-note">{formatDateTime(item.createdAt, locale)}</span>
            {actions?.(item)}
          </li>
        );
      })}
    </ul>
  );
}
