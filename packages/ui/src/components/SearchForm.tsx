import { useId, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { SEARCH_MAX_LENGTH } from '../unit-list/params';

interface SearchFormProps {
  value: string;
  onSearch: (query: string) => void;
}

/** The name search; it applies on submit (Enter or the button), not on every keystroke. */
export function SearchForm({ value, onSearch }: SearchFormProps) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  // The URL can change under the form (back button, "clear filters"): show what is applied.
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
          {t('filters.search')}
        </label>
        <div className="search-form__row">
          <input
            id={inputId}
            className="field__control"
            type="search"
            name="q"
            value={text}
            maxLength={SEARCH_MAX_LENGTH}
            aria-describedby={hintId}
            data-testid="search"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button">
            {t('filters.searchSubmit')}
          </button>
        </div>
        <p id={hintId} className="field__hint">
          {t('filters.searchHint')}
        </p>
      </form>
    </search>
  );
}
