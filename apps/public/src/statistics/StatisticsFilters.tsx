import { SelectField, useT } from '@zi/ui';
import { useId } from 'react';
import { type Province, provinceLabel } from './regions';
import type { StatisticsParams } from './statistics-params';

interface StatisticsFiltersProps {
  params: StatisticsParams;
  provinces: readonly Province[];
  /** The instansi with units in the chosen region (all with units when none is chosen). */
  instansiOptions: ReadonlyArray<{ id: string; name: string }>;
  onChange: (params: StatisticsParams) => void;
}

/** The scope of the counts: one province (with its regencies and cities), one instansi, or both. */
export function StatisticsFilters({ params, provinces, instansiOptions, onChange }: StatisticsFiltersProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('stats.filters')}
      </h2>
      <div className="filters__grid">
        <SelectField
          label={t('stats.region')}
          testId="scope-region"
          anyLabel={t('stats.allRegions')}
          value={params.region ?? ''}
          options={provinces.map((province) => ({ value: province.code, label: provinceLabel(province, t) }))}
          onChange={(value) => onChange({ ...params, region: value || null })}
        />
        <SelectField
          label={t('filters.instansi')}
          testId="scope-instansi"
          anyLabel={t('filters.any')}
          value={params.instansi ?? ''}
          options={instansiOptions.map((instansi) => ({ value: instansi.id, label: instansi.name }))}
          onChange={(value) => onChange({ ...params, instansi: value || null })}
        />
      </div>
      {(params.region || params.instansi) && (
        <button
          type="button"
          className="button button--link"
          onClick={() => onChange({ region: null, instansi: null })}
        >
          {t('filters.reset')}
        </button>
      )}
    </section>
  );
}
