import type { ChangeArea } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { Field } from '../monitoring/Field';
import { CHANGE_AREAS } from '../registry/enum-values';

interface AreaFieldProps {
  label: string;
  /** The label of the empty first option: what no area means here. */
  emptyLabel: string;
  error: string | null;
  testId: string;
  value: ChangeArea | null;
  onChange: (area: ChangeArea | null) => void;
}

/** A choice of one of the areas of change, or none. */
export function AreaField({ emptyLabel, value, onChange, ...field }: AreaFieldProps) {
  const t = useT();
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          className="field__control"
          value={value ?? ''}
          onChange={(event) => onChange(CHANGE_AREAS.find((area) => area === event.target.value) ?? null)}
        >
          <option value="">{emptyLabel}</option>
          {CHANGE_AREAS.map((area) => (
            <option key={area} value={area}>
              {t(`changeArea.${area}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
