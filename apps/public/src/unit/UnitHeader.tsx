import { PredicateBadge, StageBadge, useT } from '@zi/ui';
import type { UnitDetail } from './types';

export function UnitHeader({ unit }: { unit: UnitDetail }) {
  const t = useT();
  return (
    <header className="unit-header">
      <h1>{unit.name}</h1>
      <p>
        {t(`unitKind.${unit.kind}`)} · {unit.instansi.name}
      </p>
      <div className="inline">
        <StageBadge stage={unit.currentStage} />
        {/* A unit awarded WBK or WBBM stands at that stage: one badge says it. */}
        {unit.activePredicate && unit.activePredicate !== unit.currentStage && (
          <PredicateBadge kind={unit.activePredicate} />
        )}
      </div>
    </header>
  );
}
