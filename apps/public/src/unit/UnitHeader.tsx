import { formatDate, PredicateBadge, StageBadge, useLocale, useT } from '@zi/ui';
import type { UnitDetail } from './types';

export function UnitHeader({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <header className="unit-header">
      <h1>{unit.name}</h1>
      {unit.aliases.length > 0 && <p>{unit.aliases.join(' · ')}</p>}
      <p>
        {t(`unitKind.${unit.kind}`)} · {unit.instansi.name}
      </p>
      {unit.archivedOn && (
        <p className="alert alert--info" role="status" data-testid="unit-archived">
          {t('unitPage.archivedSince', { date: formatDate(unit.archivedOn, locale) })}
        </p>
      )}
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
