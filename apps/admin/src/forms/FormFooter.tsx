import { useT } from '@zi/ui';
import { FormError } from './FormError';
import { SubmitButton } from './SubmitButton';

interface FormFooterProps {
  /** The problem that belongs to no field, in the viewer's language; null when there is none. */
  error: string | null;
  errorTestId?: string;
  label: string;
  /** What the submit button says while the form is being sent. */
  busyLabel: string;
  busy: boolean;
  submitTestId: string;
  /** An extra class of the submit button, such as one that marks it as destructive. */
  submitClassName?: string;
  onCancel: () => void;
  /** Small buttons in a row, for a form inside a card rather than a dialog. */
  compact?: boolean;
}

/** The end of a form: its own problem, if any, then the buttons to send it or to give up. */
export function FormFooter({
  error,
  errorTestId,
  label,
  busyLabel,
  busy,
  submitTestId,
  submitClassName,
  onCancel,
  compact = false,
}: FormFooterProps) {
  const t = useT();
  const submitClass = ['button', compact && 'button--small', submitClassName].filter(Boolean).join(' ');
  return (
    <>
      <FormError error={error} testId={errorTestId} />
      <div className={compact ? 'inline' : 'dialog__buttons'}>
        <SubmitButton
          label={label}
          busyLabel={busyLabel}
          busy={busy}
          testId={submitTestId}
          className={submitClass}
        />
        <button
          type="button"
          className={compact ? 'button button--small button--secondary' : 'button button--secondary'}
          onClick={onCancel}
        >
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
