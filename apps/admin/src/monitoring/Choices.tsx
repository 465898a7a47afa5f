import { useId } from 'react';

interface ChoicesProps<V extends string> {
  legend: string;
  value: V | null;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string | null;
  /** Each option's test id is this followed by `-` and its value. */
  testId: string;
}

/** One choice among a few, as a group of radio buttons under its legend. */
export function Choices<V extends string>({
  legend,
  value,
  options,
  onChange,
  error,
  testId,
}: ChoicesProps<V>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className="choice" aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="choice__options">
        {options.map((option) => (
          <label key={option.value} className="choice__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              data-testid={`${testId}-${option.value}`}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={errorId} data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
