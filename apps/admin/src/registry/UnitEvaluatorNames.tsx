import type { RegistryUnitFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';

/** Who evaluates a unit, the team lead marked; the API lists the lead first. */
export function UnitEvaluatorNames({ assignments }: { assignments: RegistryUnitFragment['evaluators'] }) {
  const t = useT();
  if (assignments.length === 0) return <span className="muted">{t('registryUnits.noEvaluators')}</span>;
  return (
    <ul className="registry-names">
      {assignments.map(({ evaluator, lead }) => (
        <li key={evaluator.id}>
          {evaluator.name}
          {lead && <span className="muted"> ({t('registryUnits.lead')})</span>}
        </li>
      ))}
    </ul>
  );
}
