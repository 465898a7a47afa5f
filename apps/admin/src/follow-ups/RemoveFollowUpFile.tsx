import { useMutation } from '@apollo/client/react';
import { type FollowUpFileItemFragment, RemoveFollowUpFileDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';

/** Removes a file from a follow-up that is not verified yet, after a second click to confirm. */
export function RemoveFollowUpFile({ file }: { file: FollowUpFileItemFragment }) {
  const t = useT();
  const describe = useRefusalText();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(RemoveFollowUpFileDocument);

  return (
    <span className="evidence-item__actions">
      {confirming ? (
        <>
          <button
            type="button"
            className="button button--link button--danger"
            disabled={loading}
            data-testid="follow-up-file-remove-confirm"
            // The failure is shown from the mutation's `error`.
            onClick={() => void remove({ variables: { id: file.id } }).catch(() => undefined)}
          >
            {t('evidence.confirmRemove', { name: file.name })}
          </button>
          <button type="button" className="button button--link" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--link"
          data-testid="follow-up-file-remove"
          onClick={() => setConfirming(true)}
        >
          {t('evidence.remove')}
          <span className="visually-hidden"> {file.name}</span>
        </button>
      )}
      {error && (
        <span className="field__error" role="alert">
          {describe(refusalOf(error))}
        </span>
      )}
    </span>
  );
}
