import { useT } from '@zi/ui';
import { useId, useState } from 'react';
import { useViewer } from '../auth/SignedIn';
import { shownAnswer, unsavedCodes } from '../editing/autosave';
import { SaveStatus } from '../editing/SaveStatus';
import { CarryForwardButton } from './CarryForwardButton';
import { CellConflicts } from './CellConflicts';
import { FindingDialog } from './FindingDialog';
import { type CellPosition, cellCode, cellValue, judgementOf, type Paste } from './grid-cells';
import { type JudgedCell, JudgementDialog } from './JudgementDialog';
import { ProgressGrid, type ShownCell } from './ProgressGrid';
import { RoundFindings } from './RoundFindings';
import { RoundHeader } from './RoundHeader';
import { type Round, type RoundUnit, roundUnits, type ScopeUnit } from './round-grid';
import { useGridAutosave } from './useGridAutosave';

interface RoundViewProps {
  round: Round;
  scope: readonly ScopeUnit[];
}

/** A round: the units' progress per area, filled in the grid while open, and their findings. */
export function RoundView({ round, scope }: RoundViewProps) {
  const t = useT();
  const progressId = useId();
  const viewer = useViewer();
  const { autosave, state } = useGridAutosave(round.id, round.progress, viewer.id);
  const [judging, setJudging] = useState<JudgedCell | null>(null);
  const [recording, setRecording] = useState<RoundUnit | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const may = round.viewerMay;
  const units = roundUnits(scope, round);
  const unsaved = unsavedCodes(state);

  const shown = (cell: CellPosition): ShownCell => {
    const code = cellCode(cell);
    const value = shownAnswer(state, code);
    return {
      judgement: judgementOf(value),
      note: value?.note ?? null,
      state: state.conflicts.has(code)
        ? 'conflict'
        : state.rejected.has(code)
          ? 'rejected'
          : unsaved.has(code)
            ? 'unsaved'
            : 'saved',
    };
  };
  const pasted = (paste: Paste) =>
    setNotice(
      paste.unreadable.length === 0
        ? t('monitoring.pasted', { count: paste.cells.length })
        : t('monitoring.pastedWithUnreadable', {
            count: paste.cells.length,
            unreadable: paste.unreadable.length,
            first: paste.unreadable[0]?.text ?? '',
          }),
    );

  return (
    <article data-testid="round">
      <RoundHeader round={round} canClose={may.close} />
      <section aria-labelledby={progressId}>
        <h2 id={progressId}>{t('monitoring.progress')}</h2>
        <p className="field__hint">
          {t(may.judgeProgress ? 'monitoring.progressHelp' : 'monitoring.progressReadOnly')}
        </p>
        {may.judgeProgress && (
          <div className="progress-grid__tools">
            <SaveStatus state={state} onRetry={() => autosave.retryNow()} />
            {may.carryForward && round.carryForwardFrom && (
              <CarryForwardButton
                roundId={round.id}
                from={round.carryForwardFrom}
                onCarried={(count) => setNotice(t('monitoring.carried', { count }))}
              />
            )}
          </div>
        )}
        <CellConflicts
          state={state}
          units={units}
          onKeepMine={(code) => autosave.keepMine(code)}
          onTakeTheirs={(code) => autosave.takeTheirs(code)}
        />
        {units.length === 0 ? (
          <p className="empty-state" data-testid="round-units-empty">
            {t('monitoring.noUnits')}
          </p>
        ) : (
          <ProgressGrid
            units={units}
            year={round.year}
            may={may}
            shown={shown}
            onSet={(cells) => {
              for (const cell of cells) {
                autosave.edit(cellCode(cell), cellValue(cell.judgement, shown(cell).note));
              }
            }}
            onPasted={pasted}
            onOpenCell={(unit, area) => setJudging({ unit, area, shown: shown({ unitId: unit.id, area }) })}
            onRecordFinding={(unit) => {
              setNotice(null);
              setRecording(unit);
            }}
          />
        )}
        <p className="round__notice" role="status" data-testid="round-notice">
          {notice}
        </p>
      </section>
      <RoundFindings roundId={round.id} findings={round.findings} />
      <JudgementDialog
        cell={judging}
        onJudge={(cell, judgement, note) =>
          autosave.edit(cellCode({ unitId: cell.unit.id, area: cell.area }), cellValue(judgement, note))
        }
        onClose={() => setJudging(null)}
      />
      <FindingDialog
        roundId={round.id}
        scope={scope}
        unit={recording}
        onClose={() => setRecording(null)}
        onRecorded={(unit) => {
          setRecording(null);
          setNotice(t('monitoring.findingRecorded', { unit: unit.name }));
        }}
      />
    </article>
  );
}
