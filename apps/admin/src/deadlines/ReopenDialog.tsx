import { useMutation } from '@apollo/client/react';
import { type AnswerLayer, AssessmentReopeningsDocument, ReopenLayerDocument } from '@zi/schema/admin';
import { formatDate, useLocale, useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { inputErrorOf } from '../api-errors';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../forms/FormFooter';
import { useRefusalText } from '../useRefusalText';
import { type LayerDeadline, type ReopenField, reopenProblems } from './deadlines';

interface ReopenDialogProps {
  assessmentId: string;
  /** The layer being reopened; null while the dialog is closed. */
  layer: AnswerLayer | null;
  /** The shown layer's deadline: the day it is open until now and the earliest a reopening may end. */
  deadline: LayerDeadline;
  /** Called however the dialog closes, the layer reopened or not. */
  onClose: () => void;
}

/** Keeps a layer of this assessment open until a later day, for a reason the audit keeps. */
export function ReopenDialog({ assessmentId, layer, deadline, onClose }: ReopenDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={layer ? t('deadlines.reopenTitle', { layer: t(`layer.${layer}`) }) : ''}
      open={layer !== null}
      onClose={onClose}
      testId="reopen-dialog"
    >
      {layer && <ReopenForm assessmentId={assessmentId} layer={layer} deadline={deadline} onDone={onClose} />}
    </Dialog>
  );
}

interface ReopenFormProps {
  assessmentId: string;
  layer: AnswerLayer;
  deadline: LayerDeadline;
  onDone: () => void;
}

function ReopenForm({ assessmentId, layer, deadline, onDone }: ReopenFormProps) {
  const [locale] = useLocale();
  const earliest = deadline.reopenFrom;
  const t = useT();
  const describe = useRefusalText();
  const untilId = useId();
  const reasonId = useId();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [reopen, { loading, error, reset }] = useMutation(ReopenLayerDocument);
  const problems = checked ? reopenProblems({ until, reason }, earliest) : {};
  const refused = error ? inputErrorOf(error) : null;

  const problemOf = (field: ReopenField): string | null => {
    const problem = problems[field];
    if (problem === 'tooEarly') return t('deadlines.untilTooEarly', { date: formatDate(earliest, locale) });
    if (problem) return t(field === 'until' ? 'deadlines.dateRequired' : 'deadlines.reasonRequired');
    return refused?.field === field ? describe(refused.refusal) : null;
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(reopenProblems({ until, reason }, earliest)).length > 0) return;
    await reopen({
      variables: { input: { assessmentId, layer, until, reason: reason.trim() } },
      // Everything the reopening decides, asked again: what may be written and reopened, each layer's
      // deadline and the one the assessment waits on (the queue's), until that day.
      refetchQueries: [{ query: AssessmentReopeningsDocument, variables: { id: assessmentId } }],
      awaitRefetchQueries: true,
    });
    onDone();
  }

  const untilProblem = problemOf('until');
  const reasonProblem = problemOf('reason');
  return (
    // The failure is shown from the mutation's `error`.
    <form className="dialog__form" noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <p>{t('deadlines.reopenHelp', { date: formatDate(deadline.openUntil, locale) })}</p>
      <div className="field">
        <label className="field__label" htmlFor={untilId}>
          {t('deadlines.reopenUntil')}
        </label>
        <input
          id={untilId}
          className="field__control"
          type="date"
          min={earliest}
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
      <FormFooter
        error={refused && !refused.field ? describe(refused.refusal) : null}
        errorTestId="reopen-error"
        label={t('deadlines.reopen')}
        busyLabel={t('workflow.moving')}
        busy={loading}
        submitTestId="reopen-confirm"
        onCancel={onDone}
      />
    </form>
  );
}
