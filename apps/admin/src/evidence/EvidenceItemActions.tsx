import { useMutation } from '@apollo/client/react';
import { RemoveEvidenceDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import type { EvidenceItem } from '../worksheet/types';
import type { EvidenceActions } from '../worksheet/WorksheetContext';

interface EvidenceItemActionsProps {
  item: EvidenceItem;
  actions: EvidenceActions;
  onReplace: (file: File) => void;
}

/** Replace a file with a newer one (the old one is kept in the record), or remove it while drafting. */
export function EvidenceItemActions({ item, actions, onReplace }: EvidenceItemActionsProps) {
  const t = useT();
  const describe = useRefusalText();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(RemoveEvidenceDocument);

  async function confirmRemove() {
    await remove({ variables: { id: item.id } });
    await actions.refresh();
  }

  return (
    <span className="evidence-item__actions">
      {item.downloadUrl && (
        <label className="button button--link evidence-item__replace">
          {t('evidence.replace')}
          <span className="visually-hidden"> {item.name}</span>
          <input
            type="file"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onReplace(file);
              event.target.value = '';
            }}
          />
        </label>
      )}
      {actions.removable &&
        (confirming ? (
          <>
            <button
              type="button"
              className="button button--link button--danger"
              disabled={loading}
              // The failure is shown from the mutation's `error`.
              onClick={() => void confirmRemove().catch(() => undefined)}
            >
              {t('evidence.confirmRemove', { name: item.name })}
            </button>
            <button type="button" className="button button--link" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--link" onClick={() => setConfirming(true)}>
            {t('evidence.remove')}
            <span className="visually-hidden"> {item.name}</span>
          </button>
        ))}
      {error && (
        <span className="field__error" role="alert">
          {describe(refusalOf(error))}
        </span>
      )}
    </span>
  );
}
