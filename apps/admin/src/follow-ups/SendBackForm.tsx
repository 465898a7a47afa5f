import { useMutation } from '@apollo/client/react';
import { ReviewFollowUpDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useState } from 'react';
import { FormFooter } from '../forms/FormFooter';
import { TextAreaField } from '../forms/TextAreaField';
import { required } from '../monitoring/form-errors';
import { useFieldErrors } from '../monitoring/useFieldErrors';

const FIELDS = new Set(['note']);

interface SendBackFormProps {
  followUpId: string;
  onCancel: () => void;
  onDone: () => void;
}

/** Sends a follow-up the unit calls done back to it, saying what is still missing. */
export function SendBackForm({ followUpId, onCancel, onDone }: SendBackFormProps) {
  const t = useT();
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [review, { loading, error, reset }] = useMutation(ReviewFollowUpDocument);
  const missing = checked && !note.trim() ? ['note'] : [];
  const errors = useFieldErrors(required(missing, 'followUps.noteRequired'), error, FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (!note.trim()) return;
    await review({
      variables: { input: { followUpId, accept: false, note: note.trim() } },
    });
    onDone();
  }

  return (
    // The failure is shown from the mutation's `error`.
    <form
      className="follow-up__form"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      <TextAreaField
        label={t('followUps.noteLabel')}
        error={errors.at('note')}
        testId="send-back-note"
        rows={3}
        value={note}
        onChange={(value) => {
          reset();
          setNote(value);
        }}
      />
      <FormFooter
        error={errors.general}
        errorTestId="send-back-error"
        label={t('followUps.sendBackConfirm')}
        busyLabel={t('monitoring.saving')}
        busy={loading}
        submitTestId="send-back-save"
        onCancel={onCancel}
        compact
      />
    </form>
  );
}
