import { type Locale, useLocale, useT } from '@zi/ui';
import { useId, useState } from 'react';
import { parseDecimal } from './answer-value';

interface DecimalInputProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  /** Counts take whole numbers only. */
  whole?: boolean;
  testId?: string;
}

const written = (value: number | null, locale: Locale) =>
  value === null ? '' : locale === 'id' ? String(value).replace('.', ',') : String(value);

/**
 * A number as people type it ("3,6" or "3.6"). What is typed stays on screen even when it cannot be
 * saved yet (a stray letter, out of range), with the reason; only a valid number becomes the answer.
 */
export function DecimalInput({ label, value, onChange, min, max, whole = false, testId }: DecimalInputProps) {
  const t = useT();
  const [locale] = useLocale();
  const id = useId();
  const problemId = useId();
  const [text, setText] = useState(() => written(value, locale));
  const [known, setKnown] = useState(value);
  // The answer can change from elsewhere (taking the unit's answer, a conflict resolved).
  if (value !== known) {
    setKnown(value);
    if (parseDecimal(text) !== value) setText(written(value, locale));
  }

  const parsed = parseDecimal(text);
  const invalid =
    parsed !== null &&
    (Number.isNaN(parsed) || parsed < min || parsed > max || (whole && !Number.isInteger(parsed)));
  const problem = whole
    ? t('edit.wholeNumber', { min, max })
    : t('edit.numberRange', { min: written(min, locale), max: written(max, locale) });

  return (
    <div className="field answer-number">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__control"
        inputMode={whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? problemId : undefined}
        data-testid={testId}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseDecimal(event.target.value);
          const acceptable =
            next === null ||
            (!Number.isNaN(next) && next >= min && next <= max && (!whole || Number.isInteger(next)));
          if (acceptable && next !== value) onChange(next);
        }}
      />
      {invalid && (
        <p className="field__error" id={problemId}>
          {problem}
        </p>
      )}
    </div>
  );
}
