import { oneOf, SelectField, useT } from '@zi/ui';
import { useState } from 'react';
import { SearchForm } from '../forms/SearchForm';
import { ROLES } from '../registry/enum-values';
import { PEOPLE_SEARCH_MAX, type PeopleParams } from './people-params';

interface PeopleFiltersProps {
  params: PeopleParams;
  onChange: (patch: Partial<PeopleParams>) => void;
}

/** The people list's search (applied on submit) and role filter (applied at once). */
export function PeopleFilters({ params, onChange }: PeopleFiltersProps) {
  const t = useT();
  const [text, setText] = useState(params.q);
  const [applied, setApplied] = useState(params.q);
  // The URL can change under the form (the back button): show what is applied.
  if (params.q !== applied) {
    setApplied(params.q);
    setText(params.q);
  }

  return (
    <search className="filters">
      <SearchForm
        label={t('people.search')}
        submitLabel={t('people.searchSubmit')}
        text={text}
        onText={setText}
        onSearch={() => {
          if (text.trim() !== params.q) onChange({ q: text.trim() });
        }}
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
    </search>
  );
}
