import { useId } from 'react';
import { describedBy, FieldNotes } from './FieldNotes';

interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** The label of an empty first option: "any" in a filter, "choose…" in a form. */
  anyLabel?: string;
  testId?: string;
  hint?: string;
  /** Why the value cannot be sent, shown under the field; null when it can. */
  problem?: string | null;
  disabled?: boolean;
}

/** A labelled select with its hint and its problem, both read out with it. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  anyLabel,
  testId,
  hint,
  problem = null,
  disabled = false,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__control"
        value={value}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, hint, problem)}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} problem={problem} testId={testId} />
    </div>
  );
}
