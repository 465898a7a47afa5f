import { useT } from '@zi/ui';
import { useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { Dialog } from './Dialog';

interface ConfirmButtonProps {
  /** What the button and the dialog's confirming button say. */
  label: string;
  busyLabel: string;
  title: string;
  /** What confirming does, said in the dialog. */
  help: string;
  /** The button's; the dialog's is `<testId>-dialog`, its confirming button's `<testId>-confirm`. */
  testId: string;
  className?: string;
  /** The mutation confirming sends (Apollo's result of `useMutation`): its refusal shows in the dialog. */
  mutation: { loading: boolean; error?: unknown; reset: () => void };
  onConfirm: () => Promise<unknown>;
}

/** A button for a step that cannot be taken back: a dialog says what it does and asks before it is taken. */
export function ConfirmButton({
  label,
  busyLabel,
  title,
  help,
  testId,
  className = 'button button--secondary',
  mutation,
  onConfirm,
}: ConfirmButtonProps) {
  const t = useT();
  const describe = useRefusalText();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        data-testid={testId}
        onClick={() => {
          mutation.reset();
          setOpen(true);
        }}
      >
        {label}
      </button>
      <Dialog title={title} open={open} onClose={() => setOpen(false)} testId={`${testId}-dialog`}>
        <div className="dialog__form">
          <p>{help}</p>
          {mutation.error ? (
            <p className="field__error" role="alert">
              {describe(refusalOf(mutation.error))}
            </p>
          ) : null}
          <div className="dialog__buttons">
            <button
              type="button"
              className="button"
              disabled={mutation.loading}
              data-testid={`${testId}-confirm`}
              // The failure is shown from the mutation's `error`.
              onClick={() =>
                void onConfirm()
                  .then(() => setOpen(false))
                  .catch(() => undefined)
              }
            >
              {mutation.loading ? busyLabel : label}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
