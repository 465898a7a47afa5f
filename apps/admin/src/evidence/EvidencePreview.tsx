import { useT } from '@zi/ui';
import { Dialog } from '../components/Dialog';
import type { EvidenceItem } from '../worksheet/types';
import { inlineUrl, previewKind } from './preview';

interface EvidencePreviewProps {
  /** The file shown; null while the dialog is closed. */
  item: (EvidenceItem & { downloadUrl: string }) | null;
  onClose: () => void;
}

/** A PDF or an image shown in place, served inline by the API, with its download beside it. */
export function EvidencePreview({ item, onClose }: EvidencePreviewProps) {
  const t = useT();
  return (
    <Dialog
      title={item?.name ?? ''}
      open={item !== null}
      onClose={onClose}
      testId="evidence-preview"
      className="dialog--wide"
    >
      {item && (
        <div className="evidence-preview">
          {previewKind(item) === 'image' ? (
            <img className="evidence-preview__image" src={inlineUrl(item.downloadUrl)} alt={item.name} />
          ) : (
            <iframe
              className="evidence-preview__frame"
              src={inlineUrl(item.downloadUrl)}
              title={t('evidence.previewOf', { name: item.name })}
            />
          )}
          <a href={item.downloadUrl} download className="button button--secondary">
            {t('evidence.download')}
            <span className="visually-hidden"> {item.name}</span>
          </a>
        </div>
      )}
    </Dialog>
  );
}
