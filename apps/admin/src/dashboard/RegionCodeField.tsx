import { useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { isRegionCode } from './dashboard-params';

interface RegionCodeFieldProps {
  value: string | null;
  onApply: (region: string | null) => void;
}

/**
 * A region code, applied when submitted rather than at each keystroke: on the way to "64.71" the
 * dashboard would otherwise count "6", which is no region at all. Empty means every region.
 */
export function RegionCodeField({ value, onApply }: RegionCodeFieldProps) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = draft.trim();
    setInvalid(code !== '' && !isRegionCode(code));
    if (code === '' || isRegionCode(code)) onApply(code || null);
  };

  return (
    <form className="field region-field" onSubmit={submit} noValidate>
      <label className="field__label" htmlFor={id}>
        {t('dashboard.region')}
      </label>
      <div className="region-field__row">
        <input
          id={id}
          className="field__control"
          value={draft}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
          data-testid="filter-region"
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button button--secondary" data-testid="apply-region">
          {t('dashboard.regionApply')}
        </button>
      </div>
      {invalid && (
        <p id={errorId} className="field__error" role="alert">
          {t('dashboard.regionInvalid')}
        </p>
      )}
      <p id={hintId} className="field__hint">
        {t('dashboard.regionHint')}
      </p>
    </form>
  );
}
