import { useApolloClient, useMutation } from '@apollo/client/react';
import { ReviseLheDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { documentsQuery, documentsRefetched } from './documents-refetched';

/**
 * Revises an issued LHE (LHE revisi): the reason, then a new report with the next number that
 * names the one it replaces. Shown only when the server says the viewer may (`viewerMay.reviseLhe`).
 */
export function LheRevise({ assessmentId, replaces }: { assessmentId: string; replaces: string }) {
  const t = useT();
  const client = useApolloClient();
  const describe = useRefusalText();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [revise, { loading }] = useMutation(ReviseLheDocument, documentsRefetched(assessmentId));
  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary"
        data-testid="revise-lhe"
        onClick={() => setOpen(true)}
      >
        {t('documents.lheRevise')}
      </button>
    );
  }
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    try {
      await revise({ variables: { assessmentId, replaces, reason } });
      setOpen(false);
      setReason('');
    } catch (error) {
      setFailure(describe(refusalOf(error)));
      // A refusal may mean the state moved (a package assembled, another revision): show it as it is.
      await client
        .query({ ...documentsQuery(assessmentId), fetchPolicy: 'network-only' })
        .catch(() => undefined);
    }
  };
  return (
    <form className="lhe-revise" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('documents.lheReviseReason')}
        </label>
        <textarea
          id={reasonId}
          className="field__control field__control--text"
          rows={3}
          required
          value={reason}
          data-testid="revise-lhe-reason"
          onChange={(event) => setReason(event.target.value)}
        />
        <p className="field__hint">{t('documents.lheReviseHint')}</p>
      </div>
      <button
        type="submit"
        className={loading ? 'button is-busy' : 'button'}
        disabled={loading}
        data-testid="revise-lhe-submit"
      >
        {loading ? t('documents.lheRevising') : t('documents.lheReviseSubmit')}
      </button>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
