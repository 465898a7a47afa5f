import { useId } from 'react';
import { PREDICATE_KINDS, STAGES, UNIT_KINDS } from '../enums';
import { useT } from '../i18n/I18nProvider';
import {
  hasActiveFilters,
  oneOf,
  programYears,
  SEARCH_MAX_LENGTH,
  UNIT_SORTS,
  type UnitListFilters,
} from '../unit-list/params';
import { SearchForm } from './SearchForm';
import { SelectField } from './SelectField';

interface InstansiOption {
  id: string;
  name: string;
}

interface FilterBarProps {
  filters: UnitListFilters;
  onChange: (patch: Partial<UnitListFilters>) => void;
  /** Without options (e.g. a user who sees one unit) the instansi filter is left out. */
  instansiOptions?: readonly InstansiOption[];
  /** Regions (province codes) to filter by; left out when there are none. */
  regionOptions?: readonly { value: string; label: string }[];
}

/** Search, filters and sort of a unit list; used by the public directory and the admin portal. */
export function FilterBar({ filters, onChange, instansiOptions = [], regionOptions = [] }: FilterBarProps) {
  const t = useT();
  const headingId = useId();
  const years = programYears(new Date().getFullYear(), filters.year);

  return (
    <section className="filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('filters.label')}
      </h2>
      <SearchForm
        value={filters.q}
        onSearch={(q) => onChange({ q })}
        label={t('filters.search')}
        submitLabel={t('filters.searchSubmit')}
        hint={t('filters.searchHint')}
        maxLength={SEARCH_MAX_LENGTH}
        testId="search"
      />
      <div className="filters__grid">
        <SelectField
          label={t('filters.stage')}
          testId="filter-stage"
          anyLabel={t('filters.any')}
          value={filters.stage ?? ''}
          options={STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
          onChange={(value) => onChange({ stage: oneOf(STAGES, value) })}
        />
        <SelectField
          label={t('filters.kind')}
          testId="filter-kind"
          anyLabel={t('filters.any')}
          value={filters.kind ?? ''}
          options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
          onChange={(value) => onChange({ kind: oneOf(UNIT_KINDS, value) })}
        />
        <SelectField
          label={t('filters.predicate')}
          testId="filter-predicate"
          anyLabel={t('filters.any')}
          value={filters.predicate ?? ''}
          options={PREDICATE_KINDS.map((kind) => ({ value: kind, label: t(`predicate.${kind}`) }))}
          onChange={(value) => onChange({ predicate: oneOf(PREDICATE_KINDS, value) })}
        />
        {instansiOptions.length > 0 && (
          <SelectField
            label={t('filters.instansi')}
            testId="filter-instansi"
            anyLabel={t('filters.any')}
            value={filters.instansi ?? ''}
            options={instansiOptions.map((instansi) => ({ value: instansi.id, label: instansi.name }))}
            onChange={(value) => onChange({ instansi: value || null })}
          />
        )}
        {regionOptions.length > 0 && (
          <SelectField
            label={t('filters.region')}
            testId="filter-region"
            anyLabel={t('filters.any')}
            value={filters.region ?? ''}
            options={regionOptions}
            onChange={(value) => onChange({ region: value || null })}
          />
        )}
        <SelectField
          label={t('filters.year')}
          testId="filter-year"
          anyLabel={t('filters.any')}
          value={filters.year === null ? '' : String(filters.year)}
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
          onChange={(value) => onChange({ year: value ? Number(value) : null })}
        />
        <SelectField
          label={t('filters.sort')}
          testId="sort"
          value={filters.sort}
          options={UNIT_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
          onChange={(value) => {
            const sort = oneOf(UNIT_SORTS, value);
            if (sort) onChange({ sort });
          }}
        />
      </div>
      {hasActiveFilters(filters) && (
        <button
          type="button"
          className="button button--link"
          onClick={() =>
            onChange({ q: '', stage: null, kind: null, predicate: null, instansi: null, year: null })
          }
        >
          {t('filters.reset')}
        </button>
      )}
    </section>
  );
}
