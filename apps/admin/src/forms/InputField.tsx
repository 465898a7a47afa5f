import { Field } from '../monitoring/Field';

interface InputFieldProps {
  label: string;
  hint?: string;
  /** The problem to show under the control, in the viewer's language; null when there is none. */
  error: string | null;
  testId: string;
  type?: 'date' | 'time' | 'url';
  min?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled one-line input; a link's shows where it should start. */
export function InputField({ type, min, value, onChange, ...field }: InputFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          className="field__control"
          type={type}
          placeholder={type === 'url' ? 'https://' : undefined}
          min={min}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
