import type { ChangeArea, ProgressJudgement } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type ClipboardEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { CHANGE_AREAS, PROGRESS_JUDGEMENTS } from '../registry/enum-values';
import { type CellPosition, judgementOfKey, type Paste, type PastedCell, pasteOnGrid } from './grid-cells';
import { JudgementBadge } from './JudgementBadge';
import type { Round, RoundUnit } from './round-grid';

/** What a cell shows: the latest judgement (saved or not yet), and whether it waits to be saved. */
export interface ShownCell {
  judgement: ProgressJudgement | null;
  note: string | null;
  state: 'saved' | 'unsaved' | 'conflict' | 'rejected';
}

interface ProgressGridProps {
  units: readonly RoundUnit[];
  year: number;
  /** Whether the API lets the viewer judge progress and record findings in this round now. */
  may: Pick<Round['viewerMay'], 'judgeProgress' | 'recordFinding'>;
  shown: (cell: CellPosition) => ShownCell;
  /** Judgements set from the keyboard, a paste or a whole column. */
  onSet: (cells: readonly PastedCell[]) => void;
  /** A paste, with the cells it could not read. */
  onPasted: (paste: Paste) => void;
  onOpenCell: (unit: RoundUnit, area: ChangeArea) => void;
  onRecordFinding: (unit: RoundUnit) => void;
}

interface Focus {
  row: number;
  column: number;
}

/**
 * The units of a round against the six change areas, filled like a spreadsheet: arrow keys move,
 * 1–4 set the judgement and move on, Enter opens the cell for a note, a block pasted from a
 * spreadsheet fills from the cell in focus, and each area's heading sets its whole column.
 */
export function ProgressGrid({
  units,
  year,
  may,
  shown,
  onSet,
  onPasted,
  onOpenCell,
  onRecordFinding,
}: ProgressGridProps) {
  const t = useT();
  const captionId = useId();
  const table = useRef<HTMLTableElement>(null);
  const [focus, setFocus] = useState<Focus>({ row: 0, column: 0 });
  const editable = may.judgeProgress;

  const moveTo = (next: Focus) => {
    const row = Math.max(0, Math.min(units.length - 1, next.row));
    const column = Math.max(0, Math.min(CHANGE_AREAS.length - 1, next.column));
    setFocus({ row, column });
    table.current?.querySelector<HTMLElement>(`[data-cell="${row}-${column}"]`)?.focus();
  };

  function keyDown(event: KeyboardEvent<HTMLTableElement>) {
    const at = cellIndexOf(event.target);
    if (!at) return;
    const moves: Record<string, Focus> = {
      ArrowUp: { row: at.row - 1, column: at.column },
      ArrowDown: { row: at.row + 1, column: at.column },
      ArrowLeft: { row: at.row, column: at.column - 1 },
      ArrowRight: { row: at.row, column: at.column + 1 },
      Home: { row: event.ctrlKey ? 0 : at.row, column: 0 },
      End: { row: event.ctrlKey ? units.length - 1 : at.row, column: CHANGE_AREAS.length - 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move);
      return;
    }
    const judgement = editable && !event.ctrlKey && !event.metaKey ? judgementOfKey(event.key) : null;
    const unit = units[at.row];
    const area = CHANGE_AREAS[at.column];
    if (!judgement || !unit || !area) return;
    event.preventDefault();
    onSet([{ unitId: unit.id, area, judgement }]);
    // On to the next area, then the next unit's first: a unit's row is judged in one go. The last
    // cell of the grid keeps the focus.
    const lastArea = at.column === CHANGE_AREAS.length - 1;
    if (!lastArea) moveTo({ row: at.row, column: at.column + 1 });
    else if (at.row < units.length - 1) moveTo({ row: at.row + 1, column: 0 });
  }

  function paste(event: ClipboardEvent<HTMLTableElement>) {
    const at = cellIndexOf(event.target);
    if (!editable || !at) return;
    event.preventDefault();
    const pasted = pasteOnGrid(
      event.clipboardData.getData('text/plain'),
      at,
      units.map((unit) => unit.id),
      CHANGE_AREAS,
    );
    if (pasted.cells.length > 0) onSet(pasted.cells);
    onPasted(pasted);
  }

  const setColumn = (area: ChangeArea, judgement: ProgressJudgement) =>
    onSet(units.map((unit) => ({ unitId: unit.id, area, judgement })));

  return (
    // Wider than a phone: it scrolls sideways, by keyboard too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className="progress-grid" aria-labelledby={captionId} tabIndex={0}>
      <table
        ref={table}
        className="progress-grid__table"
        onKeyDown={keyDown}
        onPaste={paste}
        data-testid="progress-grid"
      >
        <caption id={captionId} className="visually-hidden">
          {t('monitoring.gridCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.unit')}</th>
            {CHANGE_AREAS.map((area) => (
              <th key={area} scope="col">
                {t(`changeArea.${area}`)}
                {editable && <ColumnFill area={area} onFill={(judgement) => setColumn(area, judgement)} />}
              </th>
            ))}
            <th scope="col">{t('monitoring.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit, row) => (
            <tr key={unit.id} data-testid="round-unit">
              <th scope="row">
                <span className="progress-grid__unit" data-testid="round-unit-name">
                  {unit.name}
                </span>
                <Link className="cell-note" to={`/rencana-aksi?unit=${unit.id}&year=${year}`}>
                  {t('monitoring.actionPlanLink')}
                  <span className="visually-hidden"> {unit.name}</span>
                </Link>
              </th>
              {CHANGE_AREAS.map((area, column) => (
                <td key={area} data-testid={`cell-${area}`}>
                  <JudgementCell
                    unit={unit}
                    area={area}
                    cell={shown({ unitId: unit.id, area })}
                    index={`${row}-${column}`}
                    inTabOrder={focus.row === row && focus.column === column}
                    onFocus={() => setFocus({ row, column })}
                    onOpen={editable ? () => onOpenCell(unit, area) : null}
                  />
                </td>
              ))}
              <td>
                <span className="progress-grid__count" data-testid="finding-count">
                  {t('monitoring.findingCount', { count: unit.findings })}
                </span>
                {may.recordFinding && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    data-testid="record-finding"
                    onClick={() => onRecordFinding(unit)}
                  >
                    {t('monitoring.recordFinding')}
                    <span className="visually-hidden"> {unit.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Where a key or a paste happened: the cell's row and column, from its `data-cell`. */
function cellIndexOf(target: EventTarget): Focus | null {
  const index = (target as HTMLElement).closest?.('[data-cell]')?.getAttribute('data-cell');
  if (!index) return null;
  const [row, column] = index.split('-').map(Number);
  return { row: row ?? 0, column: column ?? 0 };
}

/** Sets one area's judgement for every unit of the grid. */
function ColumnFill({ area, onFill }: { area: ChangeArea; onFill: (judgement: ProgressJudgement) => void }) {
  const t = useT();
  return (
    <select
      className="progress-grid__fill"
      value=""
      aria-label={t('monitoring.fillColumn', { area: t(`changeArea.${area}`) })}
      data-testid={`fill-${area}`}
      onChange={(event) => {
        const judgement = PROGRESS_JUDGEMENTS.find((value) => value === event.target.value);
        if (judgement) onFill(judgement);
      }}
    >
      <option value="">{t('monitoring.fillColumnPrompt')}</option>
      {PROGRESS_JUDGEMENTS.map((judgement) => (
        <option key={judgement} value={judgement}>
          {t(`progressJudgement.${judgement}`)}
        </option>
      ))}
    </select>
  );
}

interface JudgementCellProps {
  unit: RoundUnit;
  area: ChangeArea;
  cell: ShownCell;
  index: string;
  inTabOrder: boolean;
  onFocus: () => void;
  /** Opens the cell for its judgement and note; null when the viewer may not judge. */
  onOpen: (() => void) | null;
}

function JudgementCell({ unit, area, cell, index, inTabOrder, onFocus, onOpen }: JudgementCellProps) {
  const t = useT();
  const badge = <JudgementBadge judgement={cell.judgement} />;
  const state =
    cell.state === 'saved' ? null : (
      <span className={`progress-grid__state progress-grid__state--${cell.state}`} data-testid="cell-state">
        {t(`monitoring.cellState.${cell.state}`)}
      </span>
    );
  return (
    <>
      {onOpen ? (
        <button
          type="button"
          className="progress-grid__judge"
          data-testid={`judge-${area}`}
          data-cell={index}
          data-state={cell.state}
          tabIndex={inTabOrder ? 0 : -1}
          onFocus={onFocus}
          onClick={onOpen}
        >
          <span className="visually-hidden">
            {t('monitoring.judgeLabel', { unit: unit.name, area: t(`changeArea.${area}`) })}:{' '}
          </span>
          {badge}
        </button>
      ) : (
        badge
      )}
      {state}
      {cell.note && (
        <span className="progress-grid__note" data-testid="judgement-note-text">
          {cell.note}
        </span>
      )}
    </>
  );
}
