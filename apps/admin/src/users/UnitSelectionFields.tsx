import { oneOf, SelectField, UNIT_KINDS, useT } from '@zi/ui';
import { useId } from 'react';
import { TextField } from '../registry/TextField';
import { useDebounced } from '../registry/useDebounced';
import { selectionFilter, type UnitSelection } from './assignment';
import { MatchingUnits } from './MatchingUnits';
import { UnitSearch } from './UnitSearch';

interface UnitSelectionFieldsProps {
  selection: UnitSelection;
  onChange: (selection: UnitSelection) => void;
  /** Why no unit is selected yet; shown under the whole group. */
  problem: string | null;
  regionProblem: string | null;
}

const FILTER: UnitSelection = { mode: 'filter', kind: null, regionCode: '' };
const PICK: UnitSelection = { mode: 'pick', units: [] };

/** The units of an assignment: by kind and/or region, with how many match, or picked by name. */
export function UnitSelectionFields({
  selection,
  onChange,
  problem,
  regionProblem,
}: UnitSelectionFieldsProps) {
  const t = useT();
  const ids = useId();
  // Counting waits for the region code to be typed, not for each of its digits.
  const region = useDebounced(selection.mode === 'filter' ? selection.regionCode : '', 400);
  const filter = selection.mode === 'filter' ? selectionFilter({ ...selection, regionCode: region }) : null;
  const mode = (value: UnitSelection, label: string) => (
    <label className="registry-check">
      <input
        type="radio"
        name={`${ids}-mode`}
        checked={selection.mode === value.mode}
        data-testid={`assign-mode-${value.mode}`}
        onChange={() => onChange(value)}
      />
      {label}
    </label>
  );

  return (
    <fieldset className="registry-fieldset" aria-describedby={problem ? `${ids}-error` : undefined}>
      <legend className="field__label">{t('assign.units')}</legend>
      <div className="inline">
        {mode(FILTER, t('assign.byFilter'))}
        {mode(PICK, t('assign.byPick'))}
      </div>
      {selection.mode === 'filter' ? (
        <>
          <div className="filters__grid">
            <SelectField
              label={t('assign.kind')}
              anyLabel={t('assign.anyKind')}
              value={selection.kind ?? ''}
              options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
              testId="assign-kind"
              onChange={(kind) => onChange({ ...selection, kind: oneOf(UNIT_KINDS, kind) })}
            />
            <TextField
              label={t('assign.region')}
              hint={t('assign.regionHint')}
              value={selection.regionCode}
              problem={regionProblem}
              testId="assign-region"
              onChange={(regionCode) => onChange({ ...selection, regionCode })}
            />
          </div>
          <MatchingUnits filter={filter} />
        </>
      ) : (
        <>
          <p data-testid="assign-chosen-units">
            {t('assign.chosenUnits', { count: selection.units.length })}
          </p>
          {selection.units.length > 0 && (
            <ul className="registry-chosen">
              {selection.units.map((unit) => (
                <li key={unit.id}>
                  {unit.name}{' '}
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() =>
                      onChange({ ...selection, units: selection.units.filter((item) => item.id !== unit.id) })
                    }
                  >
                    {t('assign.removeUnit')}
                    <span className="visually-hidden"> {unit.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <UnitSearch
            chosen={selection.units}
            testId="assign-unit"
            onToggle={(unit) =>
              onChange({
                ...selection,
                units: selection.units.some((item) => item.id === unit.id)
                  ? selection.units.filter((item) => item.id !== unit.id)
                  : [...selection.units, unit],
              })
            }
          />
        </>
      )}
      {problem && (
        <p className="field__error" id={`${ids}-error`} data-testid="assign-units-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
