import { type ReactNode, useId } from 'react';

/** What a control needs from its field: the label's target, its description and its validity. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'data-testid': string;
}

interface FieldProps {
  label: string;
  /** The problem to show under the control, in the viewer's language; null when there is none. */
  error: string | null;
  hint?: string;
  /** The control's test id; the error's is the same followed by `-error`. */
  testId: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its hint and, when there is one, its problem right under it. */
export function Field({ label, error, hint, testId, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        'data-testid': testId,
      })}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId} data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
