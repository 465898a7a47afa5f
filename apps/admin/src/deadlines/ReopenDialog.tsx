import { useMutation } from '@apollo/client/react';
import { type AnswerLayer, ReopenLayerDocument } from '@zi/schema/admin';
import { Dialog, useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { inputErrorOf } from '../api-errors';
import { type ReopenField, reopenProblems } from './deadlines';

interface ReopenDialogProps {
  assessmentId: string;
  /** The layer being reopened; null while the dialog is closed. */
  layer: AnswerLayer | null;
  /** Today in Jakarta: the earliest day the layer may stay open until. */
  today: string;
  onClose: () => void;
  onReopened: (until: string) => void;
}

/** Opens a closed layer of this assessment again, until a day, for a reason the audit keeps. */
export function ReopenDialog({ assessmentId, layer, today, onClose, onReopened }: ReopenDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={layer ? t('deadlines.reopenTitle', { layer: t(`layer.${layer}`) }) : ''}
      open={layer !== null}
      onClose={onClose}
      testId="reopen-dialog"
    >
      {layer && (
        <ReopenForm
          assessmentId={assessmentId}
          layer={layer}
          today={today}
          onCancel={onClose}
          onReopened={onReopened}
        />
      )}
    </Dialog>
  );
}

interface ReopenFormProps {
  assessmentId: string;
  layer: AnswerLayer;
  today: string;
  onCancel: () => void;
  onReopened: (until: string) => void;
}

function ReopenForm({ assessmentId, layer, today, onCancel, onReopened }: ReopenFormProps) {
  const t = useT();
  const untilId = useId();
  const reasonId = useId();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [reopen, { loading, error, reset }] = useMutation(ReopenLayerDocument);
  const problems = checked ? reopenProblems({ until, reason }, today) : {};
  const refused = error ? inputErrorOf(error) : null;

  const problemOf = (field: ReopenField): string | null => {
    const problem = problems[field];
    if (problem === 'past') return t('deadlines.untilPast');
    if (problem) return t(field === 'until' ? 'deadlines.dateRequired' : 'deadlines.reasonRequired');
    return refused?.field === field ? refused.message : null;
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(reopenProblems({ until, reason }, today)).length > 0) return;
    await reopen({ variables: { input: { assessmentId, layer, until, reason: reason.trim() } } });
    onReopened(until);
  }

  const untilProblem = problemOf('until');
  const reasonProblem = problemOf('reason');
  return (
    // The failure is shown from the mutation's `error`.
    <form className="dialog__form" noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <p>{t('deadlines.reopenHelp')}</p>
      <div className="field">
        <label className="field__label" htmlFor={untilId}>
          {t('deadlines.reopenUntil')}
        </label>
        <input
          id={untilId}
          className="field__control"
          type="date"
          min={today}
          value={until}
          aria-invalid={untilProblem ? true : undefined}
          aria-describedby={untilProblem ? `${untilId}-error` : undefined}
          data-testid="reopen-until"
          onChange={(event) => {
            reset();
            setUntil(event.target.value);
          }}
        />
        {untilProblem && (
          <p className="field__error" id={`${untilId}-error`}>
            {untilProblem}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('deadlines.reason')}
        </label>
        <textarea
          id={reasonId}
          className="field__control field__control--text"
          rows={3}
          value={reason}
          aria-invalid={reasonProblem ? true : undefined}
          aria-describedby={reasonProblem ? `${reasonId}-error` : undefined}
          data-testid="reopen-reason"
          onChange={(event) => {
            reset();
            setReason(event.target.value);
          }}
        />
        {reasonProblem && (
          <p className="field__error" id={`${reasonId}-error`}>
            {reasonProblem}
          </p>
        )}
      </div>
      {refused && !refused.field && (
        <p className="field__error" role="alert" data-testid="reopen-error">
          {refused.message}
        </p>
      )}
      <div className="dialog__buttons">
        <button type="submit" className="button" disabled={loading} data-testid="reopen-confirm">
          {loading ? t('workflow.moving') : t('deadlines.reopen')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
