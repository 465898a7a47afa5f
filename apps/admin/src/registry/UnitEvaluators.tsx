import { useMutation } from '@apollo/client/react';
import {
  EvaluatorsDocument,
  PeopleDocument,
  type RegistryUnitFragment,
  UnassignEvaluatorsDocument,
} from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useId, useState } from 'react';
import { refusalOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import { forgetUnitLists } from './units-cache';

/** The evaluators assigned to a unit being edited, each to take off it. */
export function UnitEvaluators({ unit }: { unit: RegistryUnitFragment }) {
  const t = useT();
  const describe = useRefusalText();
  const headingId = useId();
  // The unit shown is the one the dialog opened with: removals are kept here until it closes.
  const [removed, setRemoved] = useState<readonly { id: string; name: string }[]>([]);
  const [unassign, { loading, error }] = useMutation(UnassignEvaluatorsDocument, {
    update: forgetUnitLists,
    refetchQueries: [EvaluatorsDocument, PeopleDocument],
  });
  const assigned = unit.evaluators.filter(
    ({ evaluator }) => !removed.some((item) => item.id === evaluator.id),
  );
  if (unit.evaluators.length === 0) return null;

  async function remove(evaluator: { id: string; name: string }) {
    await unassign({ variables: { input: { evaluatorIds: [evaluator.id], unitIds: [unit.id] } } });
    setRemoved((previous) => [...previous, evaluator]);
  }

  const last = removed.at(-1);
  return (
    <section className="registry-evaluators" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('unitForm.evaluatorsTitle')}</h3>
      <ul className="registry-evaluators__list">
        {assigned.map(({ evaluator, lead }) => (
          <li key={evaluator.id} data-testid="unit-evaluator">
            <span>
              {evaluator.name}
              {lead && <span className="muted"> ({t('registryUnits.lead')})</span>}
            </span>
            <button
              type="button"
              className="button button--quiet button--small"
              disabled={loading}
              // The failure is shown from the mutation's `error`.
              onClick={() => void remove(evaluator).catch(() => undefined)}
            >
              {t('unitForm.unassign')}
              <span className="visually-hidden"> {evaluator.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{last && t('unitForm.unassigned', { name: last.name })}</p>
      {error && (
        <p className="field__error" role="alert">
          {describe(refusalOf(error))}
        </p>
      )}
    </section>
  );
}
