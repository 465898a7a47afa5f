import { useId } from 'react';
import { describedBy, FieldNotes } from './FieldNotes';

interface ChoiceFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  /** The label of the empty first option: "choose…" or "any". */
  emptyLabel: string;
  problem: string | null;
  testId: string;
  hint?: string;
  disabled?: boolean;
}

/** A labelled select with its hint and its problem, both read out with it. */
export function ChoiceField({
  label,
  value,
  options,
  onChange,
  emptyLabel,
  problem,
  testId,
  hint,
  disabled = false,
}: ChoiceFieldProps) {
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
        <option value="">{emptyLabel}</option>
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
