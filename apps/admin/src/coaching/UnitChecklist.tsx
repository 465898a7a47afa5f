import { useT } from '@zi/ui';
import { useId, useState } from 'react';
import type { ScopeUnit } from '../monitoring/round-grid';
import { offeredUnits } from './invitations';

interface UnitChecklistProps {
  units: readonly ScopeUnit[];
  /** The units chosen. */
  invited: readonly string[];
  onChange: (unitIds: readonly string[], invited: boolean) => void;
  error: string | null;
  /** What the list is for, with how many are chosen ("Unit yang diundang (3)"). */
  legend: string;
  testId: string;
}

/**
 * Units to choose (to invite, to give the same finding): the ZI units first offered, narrowed by
 * name, all of them on request.
 */
export function UnitChecklist({ units, invited, onChange, error, legend, testId }: UnitChecklistProps) {
  const t = useT();
  const filterId = useId();
  const errorId = useId();
  const [filter, setFilter] = useState('');
  const [everyUnit, setEveryUnit] = useState(false);
  const offered = offeredUnits(units, invited, filter, everyUnit);
  return (
    <fieldset
      className="unit-checklist"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      data-testid={testId}
    >
      <legend className="field__label">{legend}</legend>
      <div className="unit-checklist__tools">
        <label className="visually-hidden" htmlFor={filterId}>
          {t('coaching.filterUnits')}
        </label>
        <input
          id={filterId}
          className="field__control"
          type="search"
          placeholder={t('coaching.filterUnits')}
          value={filter}
          data-testid={`${testId}-filter`}
          onChange={(event) => setFilter(event.target.value)}
        />
        <label className="unit-checklist__toggle">
          <input
            type="checkbox"
            checked={everyUnit}
            onChange={(event) => setEveryUnit(event.target.checked)}
          />
          {t('coaching.everyUnit')}
        </label>
        <button
          type="button"
          className="button button--link"
          data-testid={`${testId}-shown`}
          onClick={() =>
            onChange(
              offered.map((unit) => unit.id),
              true,
            )
          }
        >
          {t('coaching.inviteShown')}
        </button>
        {invited.length > 0 && (
          <button type="button" className="button button--link" onClick={() => onChange(invited, false)}>
            {t('coaching.inviteNone')}
          </button>
        )}
      </div>
      {offered.length === 0 ? (
        <p className="muted">{t('unitPicker.none')}</p>
      ) : (
        <ul className="unit-checklist__list">
          {offered.map((unit) => (
            <li key={unit.id}>
              <label>
                <input
                  type="checkbox"
                  checked={invited.includes(unit.id)}
                  onChange={(event) => onChange([unit.id], event.target.checked)}
                />
                {unit.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" id={errorId} data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
