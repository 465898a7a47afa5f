import type { MoveAssessmentInput, WorkflowAction } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { DialogButtons } from './DialogButtons';

export type MoveDetails = Pick<MoveAssessmentInput, 'reason' | 'returns' | 'award'>;

interface ConfirmFormProps {
  action: WorkflowAction;
  /** A reason the history must keep (send back, reopen, decline); otherwise a note is optional. */
  reasonRequired: boolean;
  busy: boolean;
  onSubmit: (details: MoveDetails) => void;
  onCancel: () => void;
}

/** What the move does, and a reason or note for the history. */
export function ConfirmForm({ action, reasonRequired, busy, onSubmit, onCancel }: ConfirmFormProps) {
  const t = useT();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ reason: reason.trim() || null });
  };
  return (
    <form className="dialog__form" onSubmit={submit}>
      <p>{t(`actionHelp.${action}`)}</p>
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {reasonRequired ? t('workflow.reason') : t('workflow.note')}
        </label>
        <textarea
          id={reasonId}
          className="field__control field__control--text"
          rows={3}
          required={reasonRequired}
          value={reason}
          data-testid="move-reason"
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <DialogButtons
        action={action}
        busy={busy}
        disabled={reasonRequired && !reason.trim()}
        onCancel={onCancel}
      />
    </form>
  );
}
