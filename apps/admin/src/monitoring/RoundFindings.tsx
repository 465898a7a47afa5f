import { SelectField, useT } from '@zi/ui';
import { useId, useState } from 'react';
import { FindingCard } from './FindingCard';
import { UnitReports } from './RoundReports';
import { type Finding, findingsByUnit } from './round-grid';

interface RoundFindingsProps {
  roundId: string;
  findings: readonly Finding[];
}

/** The round's findings by unit, each unit with its own report; one unit at a time when chosen. */
export function RoundFindings({ roundId, findings }: RoundFindingsProps) {
  const t = useT();
  const headingId = useId();
  const [unitId, setUnitId] = useState('');
  const groups = findingsByUnit(findings);
  const shown = groups.filter((group) => !unitId || group.unit.id === unitId);
  return (
    <section className="section" aria-labelledby={headingId} data-testid="round-findings">
      <h2 id={headingId}>{t('monitoring.findings')}</h2>
      {groups.length === 0 ? (
        <p className="empty-state" data-testid="findings-empty">
          {t('monitoring.noFindings')}
        </p>
      ) : (
        <>
          {groups.length > 1 && (
            <div className="list-options">
              <SelectField
                label={t('monitoring.unit')}
                testId="findings-unit"
                anyLabel={t('monitoring.allUnits')}
                value={unitId}
                options={groups.map((group) => ({ value: group.unit.id, label: group.unit.name }))}
                onChange={setUnitId}
              />
            </div>
          )}
          {shown.map((group) => (
            <section key={group.unit.id} className="finding-group" data-testid="finding-group">
              <h3>{group.unit.name}</h3>
              <UnitReports roundId={roundId} unit={group.unit} />
              <ol className="finding-list">
                {group.findings.map((finding) => (
                  <li key={finding.id}>
                    <FindingCard finding={finding} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
