import { oneOf, SelectField, UNIT_KINDS, useLocale, useT } from '@zi/ui';
import { useId } from 'react';
import { type DashboardParams, dashboardYears } from './dashboard-params';
import { xlsxHref } from './downloads';
import { RegionCodeField } from './RegionCodeField';

interface DashboardFiltersProps {
  params: DashboardParams;
  currentYear: number;
  onChange: (patch: Partial<DashboardParams>) => void;
}

/** The year and the units counted, and every table of that scope as one workbook. */
export function DashboardFilters({ params, currentYear, onChange }: DashboardFiltersProps) {
  const t = useT();
  const [locale] = useLocale();
  const headingId = useId();
  return (
    <section className="filters dashboard-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('dashboard.filters')}
      </h2>
      <div className="filters__grid">
        <SelectField
          label={t('dashboard.year')}
          testId="dashboard-year"
          value={String(params.year)}
          options={dashboardYears(currentYear, params.year).map((year) => ({
            value: String(year),
            label: String(year),
          }))}
          onChange={(value) => onChange({ year: Number(value) })}
        />
        <SelectField
          label={t('filters.kind')}
          testId="filter-kind"
          anyLabel={t('filters.any')}
          value={params.kind ?? ''}
          options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
          onChange={(value) => onChange({ kind: oneOf(UNIT_KINDS, value) })}
        />
        {/* Keyed by the applied code, so a change from elsewhere (back, reset) shows in the field. */}
        <RegionCodeField
          key={params.region ?? ''}
          value={params.region}
          onApply={(region) => onChange({ region })}
        />
      </div>
      <div className="dashboard-filters__actions">
        {(params.kind || params.region) && (
          <button
            type="button"
            className="button button--link"
            onClick={() => onChange({ kind: null, region: null })}
          >
            {t('filters.reset')}
          </button>
        )}
        <a className="button" href={xlsxHref(params, locale)} download data-testid="xlsx-download">
          {t('dashboard.exportAll')}
        </a>
      </div>
    </section>
  );
}
