import { oneOf, SearchForm, SelectField, useT } from '@zi/ui';
import { ROLES } from '../registry/enum-values';
import { PEOPLE_SEARCH_MAX, type PeopleParams } from './people-params';

interface PeopleFiltersProps {
  params: PeopleParams;
  onChange: (patch: Partial<PeopleParams>) => void;
}

/** The people list's search (applied on submit) and role filter (applied at once). */
export function PeopleFilters({ params, onChange }: PeopleFiltersProps) {
  const t = useT();
  return (
    <div className="filters">
      <SearchForm
        value={params.q}
        onSearch={(q) => onChange({ q })}
        label={t('people.search')}
        submitLabel={t('people.searchSubmit')}
        maxLength={PEOPLE_SEARCH_MAX}
        testId="people-search"
      />
      <div className="filters__grid">
        <SelectField
          label={t('people.role')}
          anyLabel={t('people.anyRole')}
          value={params.role ?? ''}
          options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          testId="people-role"
          onChange={(value) => onChange({ role: oneOf(ROLES, value) })}
        />
      </div>
    </div>
  );
}
