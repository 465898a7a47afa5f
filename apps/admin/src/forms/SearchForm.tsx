import { useId } from 'react';

interface SearchFormProps {
  label: string;
  submitLabel: string;
  /** The text typed so far; it is searched for only when the form is sent. */
  text: string;
  onText: (text: string) => void;
  onSearch: () => void;
  maxLength: number;
  testId: string;
}

/** A labelled search box with its button. */
export function SearchForm({
  label,
  submitLabel,
  text,
  onText,
  onSearch,
  maxLength,
  testId,
}: SearchFormProps) {
  const inputId = useId();
  return (
    <form
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch();
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
          value={text}
          maxLength={maxLength}
          data-testid={testId}
          onChange={(event) => onText(event.target.value)}
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
