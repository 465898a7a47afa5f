import { useId, useState } from 'react';

interface SearchFormProps {
  /** The query applied now; the box shows it again when it changes from outside (the back button, say). */
  value: string;
  onSearch: (query: string) => void;
  label: string;
  submitLabel: string;
  /** What the search looks at, read out with the box. */
  hint?: string;
  maxLength: number;
  testId: string;
}

/** A labelled search box with its button; it applies on submit (Enter or the button), not on every keystroke. */
export function SearchForm({
  value,
  onSearch,
  label,
  submitLabel,
  hint,
  maxLength,
  testId,
}: SearchFormProps) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  if (value !== applied) {
    setApplied(value);
    setText(value);
  }

  return (
    <search>
      <form
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const query = text.trim();
          if (query !== value) onSearch(query);
        }}
      >
        <label className="field__label" htmlFor={inputId}>
          {label}
        </label>
        <div className="search-form__row">
          <input
            id={inputId}
            className="field__control"
            type="search"
            name="q"
            value={text}
            maxLength={maxLength}
            aria-describedby={hint ? hintId : undefined}
            data-testid={testId}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button">
            {submitLabel}
          </button>
        </div>
        {hint && (
          <p id={hintId} className="field__hint">
            {hint}
          </p>
        )}
      </form>
    </search>
  );
}
