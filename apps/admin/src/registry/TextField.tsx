import { describedBy, FieldNotes } from '@zi/ui';
import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Why the value cannot be sent, shown under the field; null when it can. */
  problem: string | null;
  testId: string;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  /** A textarea, for text that may run over several lines. */
  multiline?: boolean;
  required?: boolean;
}

/** A labelled text input with its hint and its problem, both read out with it. */
export function TextField({
  label,
  value,
  onChange,
  problem,
  testId,
  hint,
  type = 'text',
  autoComplete,
  multiline = false,
  required = false,
}: TextFieldProps) {
  const id = useId();
  const control = {
    id,
    value,
    required,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy(id, hint, problem),
    'data-testid': testId,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...control}
          className="field__control field__control--text"
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...control}
          className="field__control"
          type={type}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldNotes id={id} hint={hint} problem={problem} testId={testId} />
    </div>
  );
}
