import { useQuery } from '@apollo/client/react';
import { UnitChoicesDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useId, useState } from 'react';
import { useDebounced } from '../registry/useDebounced';
import type { UnitChoice } from './person-form';

/** A name needs this many letters before it is worth asking the API. */
const MIN_SEARCH = 2;

interface UnitSearchProps {
  chosen: readonly UnitChoice[];
  /** Called with a unit found: to choose it, or to let it go when it is chosen already. */
  onToggle: (unit: UnitChoice) => void;
  testId: string;
}

/** Finds active units by name as the person types; each one found can be chosen with a press. */
export function UnitSearch({ chosen, onToggle, testId }: UnitSearchProps) {
  const t = useT();
  const inputId = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  const { data } = useQuery(UnitChoicesDocument, { variables: { search }, skip: search.length < MIN_SEARCH });
  const found = search.length >= MIN_SEARCH ? data?.units : undefined;

  return (
    <div className="unit-search">
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('unitSearch.label')}
        </label>
        <input
          id={inputId}
          className="field__control"
          type="search"
          value={text}
          aria-describedby={`${inputId}-hint`}
          data-testid={`${testId}-search`}
          // Enter searches as typing does; it must not send the form this search sits in.
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="field__hint" id={`${inputId}-hint`}>
          {t('unitSearch.hint')}
        </p>
      </div>
      <div aria-live="polite">
        {found && found.nodes.length === 0 && <p className="muted">{t('unitSearch.none')}</p>}
        {found && found.nodes.length > 0 && (
          <ul className="unit-search__results" aria-label={t('unitSearch.results')}>
            {found.nodes.map((unit) => {
              const isChosen = chosen.some((item) => item.id === unit.id);
              return (
                <li key={unit.id}>
                  <button
                    type="button"
                    className="unit-search__option"
                    aria-pressed={isChosen}
                    data-testid={`${testId}-option`}
                    onClick={() => onToggle({ id: unit.id, name: unit.name })}
                  >
                    <span className="unit-search__mark" aria-hidden="true">
                      {isChosen ? '✓' : '+'}
                    </span>
                    {unit.name} <span className="muted">· {t(`unitKind.${unit.kind}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {found && found.totalCount > found.nodes.length && (
          <p className="muted">{t('unitSearch.more', { count: found.totalCount })}</p>
        )}
      </div>
    </div>
  );
}
