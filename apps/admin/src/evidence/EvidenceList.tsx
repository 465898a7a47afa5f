import { safeHref, useT } from '@zi/ui';
import { type ReactNode, useState } from 'react';
import { useDateTime } from '../auth/useDateTime';
import type { EvidenceItem } from '../worksheet/types';
import { EvidencePreview } from './EvidencePreview';
import { previewKind } from './preview';

interface EvidenceListProps {
  items: readonly EvidenceItem[];
  /** What may be done with each item while editing (replace, remove). */
  actions?: (item: EvidenceItem) => ReactNode;
}

/** A question's evidence: files to download (PDFs and images also to preview) and links to documents kept elsewhere. */
export function EvidenceList({ items, actions }: EvidenceListProps) {
  const t = useT();
  const dateTime = useDateTime();
  const [previewed, setPreviewed] = useState<(EvidenceItem & { downloadUrl: string }) | null>(null);
  return (
    <>
      <ul className="evidence-list" aria-label={t('evidence.title')}>
        {items.map((item) => {
          const external = safeHref(item.url);
          const { downloadUrl } = item;
          return (
            <li key={item.id} className="evidence-item" data-testid="evidence-item">
              <span className="evidence-item__kind">{t(external ? 'evidence.link' : 'evidence.file')}</span>
              {external ? (
                <a href={external} target="_blank" rel="noopener noreferrer" className="evidence-item__name">
                  {item.name}
                </a>
              ) : downloadUrl ? (
                <a href={downloadUrl} download className="evidence-item__name">
                  {item.name}
                </a>
              ) : (
                <span className="evidence-item__name">{item.name}</span>
              )}
              <span className="cell-note">{dateTime(item.createdAt)}</span>
              {downloadUrl && !external && previewKind(item) && (
                <button
                  type="button"
                  className="button button--link"
                  data-testid="evidence-preview-button"
                  onClick={() => setPreviewed({ ...item, downloadUrl })}
                >
                  {t('evidence.preview')}
                  <span className="visually-hidden"> {item.name}</span>
                </button>
              )}
              {actions?.(item)}
            </li>
          );
        })}
      </ul>
      <EvidencePreview item={previewed} onClose={() => setPreviewed(null)} />
    </>
  );
}
