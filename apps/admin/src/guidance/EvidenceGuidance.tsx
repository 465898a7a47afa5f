import { useMutation } from '@apollo/client/react';
import {
  EvidenceGuidanceDocument,
  type EvidenceGuidanceItemFragment,
  ResetEvidenceGuidanceDocument,
  SetEvidenceGuidanceDocument,
} from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { refusalOf } from '../api-errors';
import { FormFooter } from '../forms/FormFooter';
import { TextAreaField } from '../forms/TextAreaField';
import { useRefusalText } from '../useRefusalText';
import { linesOf } from './guidance-lines';

interface EvidenceGuidanceProps {
  guidance: EvidenceGuidanceItemFragment | undefined;
  /** The worksheet version the guidance belongs to, to save a rewrite to. */
  framework: string;
  /** Open from the start: beside the unit's evidence an evaluator compares the two lists at a glance. */
  open?: boolean;
}

/** What evidence a question expects, with examples; the Inspektorat rewrites it here. */
export function EvidenceGuidance({ guidance, framework, open = false }: EvidenceGuidanceProps) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  if (!guidance) return null;
  return (
    <details className="guidance" data-testid="evidence-guidance" open={open}>
      <summary>
        {t('guidance.title', { count: guidance.expected.length })}
        {guidance.edited && <span className="cell-note"> — {t('guidance.edited')}</span>}
      </summary>
      <ul data-testid="guidance-expected">
        {guidance.expected.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {guidance.examples.length > 0 && (
        <>
          <p className="guidance__label">{t('guidance.examples')}</p>
          <ul data-testid="guidance-examples">
            {guidance.examples.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {guidance.viewerMayEdit &&
        (editing ? (
          <GuidanceForm guidance={guidance} framework={framework} onDone={() => setEditing(false)} />
        ) : (
          <button
            type="button"
            className="button button--small button--secondary"
            data-testid="guidance-edit"
            onClick={() => setEditing(true)}
          >
            {t('guidance.edit')}
          </button>
        ))}
    </details>
  );
}

interface GuidanceFormProps {
  guidance: EvidenceGuidanceItemFragment;
  framework: string;
  onDone: () => void;
}

function GuidanceForm({ guidance, framework, onDone }: GuidanceFormProps) {
  const t = useT();
  const describe = useRefusalText();
  const [expected, setExpected] = useState(guidance.expected.join('\n'));
  const [examples, setExamples] = useState(guidance.examples.join('\n'));
  const [checked, setChecked] = useState(false);
  // The list is not normalised in the cache (no id): read it again after a change.
  const refetch = { refetchQueries: [{ query: EvidenceGuidanceDocument, variables: { framework } }] };
  const [save, saving] = useMutation(SetEvidenceGuidanceDocument, refetch);
  const [reset, resetting] = useMutation(ResetEvidenceGuidanceDocument, refetch);
  const error = saving.error ?? resetting.error;
  const missing = checked && linesOf(expected).length === 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (linesOf(expected).length === 0) return;
    const input = {
      framework,
      questionCode: guidance.questionCode,
      expected: linesOf(expected),
      examples: linesOf(examples),
    };
    void save({ variables: { input } })
      .then(onDone)
      .catch(() => undefined);
  }

  return (
    <form className="guidance__form" noValidate onSubmit={submit} data-testid="guidance-form">
      <TextAreaField
        label={t('guidance.expectedField')}
        hint={t('guidance.linesHint')}
        error={missing ? t('guidance.required') : null}
        testId="guidance-expected-field"
        rows={4}
        value={expected}
        onChange={setExpected}
      />
      <TextAreaField
        label={t('guidance.examplesField')}
        hint={t('guidance.linesHint')}
        error={null}
        testId="guidance-examples-field"
        rows={3}
        value={examples}
        onChange={setExamples}
      />
      <FormFooter
        error={error ? describe(refusalOf(error)) : null}
        errorTestId="guidance-error"
        label={t('guidance.save')}
        busyLabel={t('guidance.saving')}
        busy={saving.loading || resetting.loading}
        submitTestId="guidance-save"
        onCancel={onDone}
      />
      {guidance.edited && (
        <button
          type="button"
          className="button button--small button--link"
          data-testid="guidance-reset"
          onClick={() =>
            void reset({ variables: { framework, questionCode: guidance.questionCode } })
              .then(onDone)
              .catch(() => undefined)
          }
        >
          {t('guidance.reset')}
        </button>
      )}
    </form>
  );
}
