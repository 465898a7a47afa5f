import { useQuery } from '@apollo/client/react';
import { EvaluatorsDocument } from '@zi/schema/admin';
import { Loading, useT } from '@zi/ui';
import { useId, useState } from 'react';
import { refusalOf } from '../api-errors';
import { useDebounced } from '../registry/useDebounced';
import { useRefusalText } from '../useRefusalText';
import { WorkloadText } from './WorkloadText';

/** An evaluator as the assignment keeps them: enough to send and to name. */
export interface EvaluatorChoice {
  id: string;
  name: string;
}

interface EvaluatorPickerProps {
  chosen: readonly EvaluatorChoice[];
  onToggle: (evaluator: EvaluatorChoice) => void;
  problem: string | null;
}

/** The instansi's evaluators with their load, to tick; a search narrows a long list. */
export function EvaluatorPicker({ chosen, onToggle, problem }: EvaluatorPickerProps) {
  const t = useT();
  const describe = useRefusalText();
  const ids = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  const { data, error } = useQuery(EvaluatorsDocument, { variables: { search: search || null } });

  let list = <Loading />;
  if (error) list = <p className="field__error">{describe(refusalOf(error))}</p>;
  else if (data && data.users.nodes.length === 0)
    list = <p className="empty-state">{t('assign.noEvaluators')}</p>;
  else if (data) {
    list = (
      <ul className="registry-options" aria-label={t('assign.evaluatorList')}>
        {data.users.nodes.map((evaluator) => (
          <li key={evaluator.id}>
            <label className="registry-option" data-testid="evaluator-option">
              <input
                type="checkbox"
                checked={chosen.some((item) => item.id === evaluator.id)}
                // The API assigns active evaluators only.
                disabled={!evaluator.active}
                onChange={() => onToggle({ id: evaluator.id, name: evaluator.name })}
              />
              <span>
                <strong>{evaluator.name}</strong> <span className="muted">{evaluator.email}</span>
                {!evaluator.active && <span className="badge badge--neutral">{t('people.inactive')}</span>}
                <br />
                {evaluator.workload && <WorkloadText workload={evaluator.workload} />}
              </span>
            </label>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <fieldset className="registry-fieldset" aria-describedby={problem ? `${ids}-error` : undefined}>
      <legend className="field__label">{t('assign.evaluators')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-search`}>
          {t('assign.evaluatorSearch')}
        </label>
        <input
          id={`${ids}-search`}
          className="field__control"
          type="search"
          value={text}
          data-testid="evaluator-search"
          // Enter searches as typing does; it must not send the assignment.
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div aria-live="polite">{list}</div>
      {chosen.length > 0 && (
        <p data-testid="evaluators-chosen">
          {t('assign.evaluatorsChosen', { names: chosen.map((item) => item.name).join(', ') })}
        </p>
      )}
      {problem && (
        <p className="field__error" id={`${ids}-error`} data-testid="assign-evaluators-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
