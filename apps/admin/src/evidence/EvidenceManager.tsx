import { useT } from '@zi/ui';
import type { EvidenceItem } from '../worksheet/types';
import type { EvidenceActions } from '../worksheet/WorksheetContext';
import { EvidenceDropZone } from './EvidenceDropZone';
import { EvidenceItemActions } from './EvidenceItemActions';
import { EvidenceLinkForm } from './EvidenceLinkForm';
import { EvidenceList } from './EvidenceList';
import { UploadProgress } from './UploadProgress';
import { useUploads } from './useUploads';

interface EvidenceManagerProps {
  code: string;
  items: readonly EvidenceItem[];
  actions: EvidenceActions;
}

/** A question's evidence while editing: the list, uploads with their progress, links, replace, remove. */
export function EvidenceManager({ code, items, actions }: EvidenceManagerProps) {
  const t = useT();
  const uploads = useUploads(
    { assessmentId: actions.assessmentId, layer: actions.layer, code },
    actions.refresh,
  );
  return (
    <div className="evidence" data-testid={`evidence-${code}`}>
      <p className="question__result-label">{t('evidence.title')}</p>
      {items.length > 0 && (
        <EvidenceList
          items={items}
          actions={(item) => (
            <EvidenceItemActions
              item={item}
              actions={actions}
              onReplace={(file) => uploads.start(file, item.id)}
            />
          )}
        />
      )}
      <UploadProgress rows={uploads.rows} onDismiss={uploads.dismiss} />
      <EvidenceDropZone
        subject={code}
        inputTestId={`evidence-input-${code}`}
        onFiles={(files) => {
          for (const file of files) uploads.start(file);
        }}
      >
        <EvidenceLinkForm code={code} actions={actions} />
      </EvidenceDropZone>
    </div>
  );
}
