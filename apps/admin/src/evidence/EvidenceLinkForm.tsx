import { useMutation } from '@apollo/client/react';
import { AddEvidenceLinkDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import type { EvidenceActions } from '../worksheet/WorksheetContext';

/** A link to a document kept elsewhere (a shared drive, a website) as evidence of a question. */
export function EvidenceLinkForm({ code, actions }: { code: string; actions: EvidenceActions }) {
  const t = useT();
  const describe = useRefusalText();
  const urlId = useId();
  const nameId = useId();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [addLink, { loading, error, reset }] = useMutation(AddEvidenceLinkDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      assessmentId: actions.assessmentId,
      layer: actions.layer,
      code,
      url: url.trim(),
      name: name.trim(),
    };
    await addLink({ variables: { input } });
    setUrl('');
    setName('');
    await actions.refresh();
  }

  return (
    <details className="evidence-link-form">
      <summary>
        {t('evidence.addLink')}
        <span className="visually-hidden"> {code}</span>
      </summary>
      {/* The failure is shown from the mutation's `error`. */}
      <form onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <div className="field">
          <label className="field__label" htmlFor={urlId}>
            {t('evidence.url')}
          </label>
          <input
            id={urlId}
            className="field__control"
            type="url"
            required
            placeholder="https://"
            value={url}
            onChange={(event) => {
              reset();
              setUrl(event.target.value);
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            {t('evidence.linkName')}
          </label>
          <input
            id={nameId}
            className="field__control"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        {error && (
          <p className="field__error" role="alert">
            {describe(refusalOf(error))}
          </p>
        )}
        <button type="submit" className="button button--small" disabled={loading}>
          {t('evidence.saveLink')}
        </button>
      </form>
    </details>
  );
}
