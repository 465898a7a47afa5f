import { SelectField, useT } from '@zi/ui';
import type { useLkeYear } from './useLkeYear';

/** The LKE year a list shows, from `useLkeYear`: the unit list and the evaluation queue share it. */
export function LkeYearField({ lke }: { lke: ReturnType<typeof useLkeYear> }) {
  const t = useT();
  return (
    <SelectField
      label={t('units.lkeYear')}
      testId="lke-year"
      value={String(lke.year)}
      options={lke.years.map((year) => ({ value: String(year), label: String(year) }))}
      onChange={(value) => lke.setYear(Number(value))}
    />
  );
}
