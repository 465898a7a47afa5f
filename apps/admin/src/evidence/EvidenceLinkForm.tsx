import { useMutation } from '@apollo/client/react';
import { AddEvidenceLinkDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { refusalOf } from '../api-errors';
import { InputField } from '../forms/InputField';
import { useRefusalText } from '../useRefusalText';
import type { EvidenceActions } from '../worksheet/WorksheetContext';
import { linkProblems } from './evidence-link';

/** A link to a document kept elsewhere (a shared drive, a website) as evidence of a question. */
export function EvidenceLinkForm({ code, actions }: { code: string; actions: EvidenceActions }) {
  const t = useT();
  const describe = useRefusalText();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [checked, setChecked] = useState(false);
  const [addLink, { loading, error, reset }] = useMutation(AddEvidenceLinkDocument);

  const problems = checked ? linkProblems(url, name) : {};
  const refused = error ? describe(refusalOf(error)) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(linkProblems(url, name)).length > 0) return;
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
    setChecked(false);
    await actions.refresh();
  }

  return (
    <details className="evidence-link-form">
      <summary>
        {t('evidence.addLink')}
        <span className="visually-hidden"> {code}</span>
      </summary>
      {/* The failure is shown from the mutation's `error`. */}
      <form onSubmit={(event) => void submit(event).catch(() => undefined)} noValidate>
        <InputField
          label={t('evidence.url')}
          type="url"
          testId={`evidence-url-${code}`}
          error={problems.url ? t(problems.url) : null}
          value={url}
          onChange={(value) => {
            reset();
            setUrl(value);
          }}
        />
        <InputField
          label={t('evidence.linkName')}
          testId={`evidence-link-name-${code}`}
          error={problems.name ? t(problems.name) : null}
          value={name}
          onChange={setName}
        />
        {refused && (
          <p className="field__error" role="alert">
            {refused}
          </p>
        )}
        <button type="submit" className="button button--small" disabled={loading}>
          {t('evidence.saveLink')}
        </button>
      </form>
    </details>
  );
}
