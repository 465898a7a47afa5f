import type { InstansiOptionsQuery } from '@zi/schema/public';
import { SelectField, useT } from '@zi/ui';
import { useId } from 'react';
import { instansiInRegion, type Province } from './regions';
import type { StatisticsParams } from './statistics-params';

interface StatisticsFiltersProps {
  params: StatisticsParams;
  provinces: readonly Province[];
  instansiList: InstansiOptionsQuery['instansiList'];
  onChange: (params: StatisticsParams) => void;
}

/** The scope of the counts: one province (with its regencies and cities), one instansi, or both. */
export function StatisticsFilters({ params, provinces, instansiList, onChange }: StatisticsFiltersProps) {
  const t = useT();
  const headingId = useId();
  const instansiOptions = instansiInRegion(instansiList, params.region);
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
          options={provinces.map((province) => ({
            value: province.code,
            label: province.name ?? t('stats.regionCode', { code: province.code }),
          }))}
          onChange={(value) => {
            const region = value || null;
            // An instansi outside the new region would leave nothing to count.
            const keep = instansiInRegion(instansiList, region).some((item) => item.id === params.instansi);
            onChange({ region, instansi: keep ? params.instansi : null });
          }}
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
