import { useT } from '@zi/ui';
import { useId } from 'react';
import type { UnitChoice } from './person-form';
import { UnitSearch } from './UnitSearch';

interface OperatorUnitFieldProps {
  unit: UnitChoice | null;
  problem: string | null;
  onChange: (unit: UnitChoice | null) => void;
}

/** The one unit a unit operator works for, found by name. */
export function OperatorUnitField({ unit, problem, onChange }: OperatorUnitFieldProps) {
  const t = useT();
  const legendId = useId();
  return (
    <fieldset className="registry-fieldset" aria-describedby={problem ? `${legendId}-error` : undefined}>
      <legend className="field__label" id={legendId}>
        {t('personForm.unit')}
      </legend>
      <p data-testid="person-unit">
        {unit ? <strong>{unit.name}</strong> : <span className="muted">{t('personForm.noUnit')}</span>}
      </p>
      {problem && (
        <p className="field__error" id={`${legendId}-error`} data-testid="person-unit-error">
          {problem}
        </p>
      )}
      <UnitSearch
        chosen={unit ? [unit] : []}
        testId="person-unit"
        onToggle={(found) => onChange(found.id === unit?.id ? null : found)}
      />
    </fieldset>
  );
}
