import { useQuery } from '@apollo/client/react';
import { PickedUnitDocument, UnitPickerSearchDocument } from '@zi/schema/admin';
import { SearchForm, useT } from '@zi/ui';
import { useState } from 'react';

interface UnitPickerProps {
  label: string;
  /** The unit chosen; null for none. */
  unitId: string | null;
  onChange: (unitId: string | null) => void;
  /** What choosing no unit means here ("all units"); without it the choice can only be changed. */
  clearLabel?: string;
}

/** Finds a unit in the viewer's scope by name, and shows the one chosen. */
export function UnitPicker({ label, unitId, onChange, clearLabel }: UnitPickerProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const picked = useQuery(PickedUnitDocument, { variables: { id: unitId ?? '' }, skip: !unitId });
  const found = useQuery(UnitPickerSearchDocument, { variables: { search }, skip: !search });
  const choose = (id: string | null) => {
    setSearch('');
    onChange(id);
  };

  if (unitId) {
    return (
      <div className="unit-picker" data-testid="unit-picker">
        <p className="field__label">{label}</p>
        <p className="inline">
          <strong data-testid="picked-unit">{picked.data?.unit?.name ?? '…'}</strong>
          <button
            type="button"
            className="button button--link"
            data-testid="unit-change"
            onClick={() => choose(null)}
          >
            {clearLabel ?? t('unitPicker.change')}
          </button>
        </p>
      </div>
    );
  }
  const units = found.data?.units.nodes;
  return (
    <div className="unit-picker" data-testid="unit-picker">
      <SearchForm
        value={search}
        onSearch={setSearch}
        label={label}
        submitLabel={t('unitPicker.search')}
        maxLength={100}
        testId="unit-search"
      />
      {units && units.length === 0 && <p className="muted">{t('unitPicker.none')}</p>}
      {units && units.length > 0 && (
        <ul className="unit-picker__results" aria-label={t('unitPicker.results')}>
          {units.map((unit) => (
            <li key={unit.id}>
              <button
                type="button"
                className="button button--link"
                data-testid="unit-option"
                onClick={() => choose(unit.id)}
              >
                {unit.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
