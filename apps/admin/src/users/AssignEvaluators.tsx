import { useMutation } from '@apollo/client/react';
import { AssignEvaluatorsDocument, EvaluatorsDocument, PeopleDocument } from '@zi/schema/admin';
import { type MessageKey, useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { inputErrorOf } from '../api-errors';
import { forgetUnitLists } from '../registry/units-cache';
import { useRefusalText } from '../useRefusalText';
import {
  type AssignmentProblem,
  assignmentInput,
  assignmentProblems,
  type UnitSelection,
} from './assignment';
import { type EvaluatorChoice, EvaluatorPicker } from './EvaluatorPicker';
import { UnitSelectionFields } from './UnitSelectionFields';

const PROBLEMS: Record<AssignmentProblem, MessageKey> = {
  evaluators: 'assign.evaluatorsRequired',
  filter: 'assign.filterRequired',
  region: 'unitForm.regionFormat',
  units: 'assign.unitsRequired',
};

/** Assigns evaluators to many units at once: by kind and/or region, or units picked by name. */
export function AssignEvaluators() {
  const t = useT();
  const describe = useRefusalText();
  const headingId = useId();
  const [evaluators, setEvaluators] = useState<readonly EvaluatorChoice[]>([]);
  const [selection, setSelection] = useState<UnitSelection>({ mode: 'filter', kind: null, regionCode: '' });
  const [lead, setLead] = useState(false);
  const [checked, setChecked] = useState(false);
  const [assign, { data, loading, error, reset }] = useMutation(AssignEvaluatorsDocument, {
    update: forgetUnitLists,
    // Workloads change: the evaluators shown here and in the people list are asked again.
    refetchQueries: [EvaluatorsDocument, PeopleDocument],
    awaitRefetchQueries: true,
  });
  const evaluatorIds = evaluators.map((evaluator) => evaluator.id);
  const problems = checked ? assignmentProblems(evaluatorIds, selection) : [];
  const problemOf = (...kinds: AssignmentProblem[]) => {
    const problem = problems.find((item) => kinds.includes(item));
    return problem ? t(PROBLEMS[problem]) : null;
  };
  const refused = error ? inputErrorOf(error) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (assignmentProblems(evaluatorIds, selection).length > 0) return;
    await assign({ variables: { input: assignmentInput(evaluatorIds, selection, lead) } });
    setChecked(false);
  }

  return (
    <section className="card registry-card" aria-labelledby={headingId} data-testid="assign-evaluators">
      <h2 id={headingId}>{t('assign.title')}</h2>
      <p>{t('assign.intro')}</p>
      {/* The failure is shown from the mutation's `error`. */}
      <form className="stack" noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <EvaluatorPicker
          chosen={evaluators}
          problem={problemOf('evaluators')}
          onToggle={(evaluator) => {
            reset();
            setEvaluators((previous) =>
              previous.some((item) => item.id === evaluator.id)
                ? previous.filter((item) => item.id !== evaluator.id)
                : [...previous, evaluator],
            );
          }}
        />
        <UnitSelectionFields
          selection={selection}
          problem={problemOf('filter', 'units')}
          regionProblem={problemOf('region')}
          onChange={(next) => {
            reset();
            setSelection(next);
          }}
        />
        <fieldset className="registry-fieldset">
          <legend className="field__label">{t('assign.role')}</legend>
          <label className="registry-check">
            <input
              type="checkbox"
              checked={lead}
              data-testid="assign-lead"
              onChange={(event) => {
                reset();
                setLead(event.target.checked);
              }}
            />
            {t('assign.lead')}
          </label>
          <p className="field__hint">{t('assign.leadHint')}</p>
        </fieldset>
        {refused && (
          <p className="field__error" role="alert" data-testid="assign-error">
            {describe(refused.refusal)}
          </p>
        )}
        <div className="inline">
          <button type="submit" className="button" disabled={loading} data-testid="assign-submit">
            {loading ? t('assign.submitting') : t('assign.submit')}
          </button>
          <p className="registry-done" role="status" data-testid="assign-done">
            {data &&
              t('assign.done', {
                units: data.assignEvaluators.units,
                changed: data.assignEvaluators.changed,
              })}
          </p>
        </div>
      </form>
    </section>
  );
}
