import { Field } from '../monitoring/Field';

interface TextAreaFieldProps {
  label: string;
  hint?: string;
  /** The problem to show under the control, in the viewer's language; null when there is none. */
  error: string | null;
  testId: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled textarea, for text that may run over several lines. */
export function TextAreaField({ rows, value, onChange, ...field }: TextAreaFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          className="field__control field__control--text"
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
