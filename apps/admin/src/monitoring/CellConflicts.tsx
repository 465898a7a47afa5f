import { useT } from '@zi/ui';
import type { AutosaveState } from '../editing/autosave';
import { ConflictChoice } from '../editing/ConflictChoice';
import { cellOfCode, judgementOf } from './grid-cells';
import { JudgementBadge } from './JudgementBadge';
import type { RoundUnit } from './round-grid';

interface CellConflictsProps {
  state: AutosaveState;
  units: readonly RoundUnit[];
  onKeepMine: (code: string) => void;
  onTakeTheirs: (code: string) => void;
}

/**
 * Cells someone else saved while they were being edited here: both judgements side by side, and the
 * person decides, as with a worksheet answer. Nothing else of the grid waits on them.
 */
export function CellConflicts({ state, units, onKeepMine, onTakeTheirs }: CellConflictsProps) {
  const t = useT();
  if (state.conflicts.size === 0) return null;
  const nameOf = new Map(units.map((unit) => [unit.id, unit.name]));
  return (
    <section className="cell-conflicts" data-testid="cell-conflicts">
      <h3>{t('monitoring.conflictsTitle', { count: state.conflicts.size })}</h3>
      {[...state.conflicts].map(([code, conflict]) => {
        const { unitId, area } = cellOfCode(code);
        return (
          <ConflictChoice
            key={code}
            testId="cell-conflict"
            title={t('monitoring.judgeLabel', {
              unit: nameOf.get(unitId) ?? '',
              area: t(`changeArea.${area}`),
            })}
            mine={<JudgementBadge judgement={judgementOf(conflict.mine)} />}
            theirsLabel={t('conflict.theirs')}
            theirs={
              <>
                <JudgementBadge judgement={judgementOf(conflict.theirs)} />
                {conflict.theirs.note && <span className="conflict__note">{conflict.theirs.note}</span>}
              </>
            }
            onKeepMine={() => onKeepMine(code)}
            onTakeTheirs={() => onTakeTheirs(code)}
          />
        );
      })}
    </section>
  );
}
