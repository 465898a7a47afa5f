import { useT } from '@zi/ui';
import type { AutosaveState } from '../editing/autosave';
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
          <fieldset key={code} className="conflict" data-testid="cell-conflict">
            <legend className="conflict__title">
              {t('monitoring.judgeLabel', { unit: nameOf.get(unitId) ?? '', area: t(`changeArea.${area}`) })}
            </legend>
            <dl className="conflict__versions">
              <div className="conflict__version">
                <dt>{t('conflict.mine')}</dt>
                <dd>
                  <JudgementBadge judgement={judgementOf(conflict.mine)} />
                </dd>
              </div>
              <div className="conflict__version">
                <dt>{t('conflict.theirs')}</dt>
                <dd>
                  <JudgementBadge judgement={judgementOf(conflict.theirs)} />
                  {conflict.theirs.note && <span className="conflict__note">{conflict.theirs.note}</span>}
                </dd>
              </div>
            </dl>
            <div className="inline">
              <button type="button" className="button button--small" onClick={() => onKeepMine(code)}>
                {t('conflict.keepMine')}
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => onTakeTheirs(code)}
              >
                {t('conflict.takeTheirs')}
              </button>
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
