import type {
  AnswerInput,
  ChangeArea,
  JudgementFragment,
  MonitoringCellInput,
  ProgressJudgement,
} from '@zi/schema/admin';
import type { SavedAnswer } from '../editing/autosave';
import { type BatchRefusals, stringOrNull } from '../editing/save-outcome';
import { progressJudgementEn } from '../messages/areas.en';
import { progressJudgementId } from '../messages/areas.id';
import { PROGRESS_JUDGEMENTS } from '../registry/enum-values';
import type { AnswerValue } from '../worksheet/types';

/**
 * The monitoring grid saves through the worksheet's autosave: a cell is an answer whose code names
 * the unit and the area, whose option is the judgement, with its note and its version. So a cell
 * gets the same batching, retries, conflicts and kept-across-reload edits as a worksheet answer.
 */
export interface CellPosition {
  unitId: string;
  area: ChangeArea;
}

const SEPARATOR = '|';

export const cellCode = ({ unitId, area }: CellPosition): string => `${unitId}${SEPARATOR}${area}`;

export function cellOfCode(code: string): CellPosition {
  const at = code.lastIndexOf(SEPARATOR);
  return { unitId: code.slice(0, at), area: code.slice(at + 1) as ChangeArea };
}

/** A saved judgement as autosave keeps it. */
export function savedCell(judged: JudgementFragment): SavedAnswer {
  return {
    code: cellCode({ unitId: judged.unit.id, area: judged.area }),
    option: judged.judgement,
    number: null,
    note: judged.note ?? null,
    version: judged.version,
    updatedAt: judged.updatedAt,
    author: null,
  };
}

/** An answer autosave sends, as the cell `saveMonitoringCells` takes. */
export const cellInput = (answer: AnswerInput): MonitoringCellInput => {
  const { unitId, area } = cellOfCode(answer.code);
  return {
    unitId,
    area,
    judgement: (answer.option ?? 'NOT_STARTED') as ProgressJudgement,
    note: answer.note ?? null,
    version: answer.version,
  };
};

/** How `saveMonitoringCells` names what it refused: a conflict names the cell by unit and area. */
export const CELL_REFUSALS: BatchRefusals = {
  list: 'cells',
  conflict: (extensions) => ({
    code: cellCode({ unitId: stringOrNull(extensions.unitId) ?? '', area: extensions.area as ChangeArea }),
    version: typeof extensions.currentVersion === 'number' ? extensions.currentVersion : 0,
    theirs: {
      option: stringOrNull(extensions.currentJudgement),
      number: null,
      note: stringOrNull(extensions.currentNote),
    },
  }),
};

export const judgementOf = (value: AnswerValue | null | undefined): ProgressJudgement | null =>
  (value?.option as ProgressJudgement | null | undefined) ?? null;

export const cellValue = (judgement: ProgressJudgement, note: string | null): AnswerValue => ({
  option: judgement,
  number: null,
  note,
});

/** The key that sets a judgement from the keyboard: 1 not started … 4 ahead, in the legend's order. */
export function judgementOfKey(key: string): ProgressJudgement | null {
  const index = Number(key) - 1;
  return Number.isInteger(index) ? (PROGRESS_JUDGEMENTS[index] ?? null) : null;
}

const normalise = (text: string) =>
  text
    .trim()
    .toLocaleLowerCase('id')
    .replace(/[\s_-]+/g, ' ');

/** Every way a pasted cell may name a judgement: its key, its code, its words in either language. */
const JUDGEMENT_WORDS = new Map<string, ProgressJudgement>(
  PROGRESS_JUDGEMENTS.flatMap((judgement, index) => [
    [String(index + 1), judgement],
    [normalise(judgement), judgement],
    [normalise(progressJudgementId[judgement]), judgement],
    [normalise(progressJudgementEn[judgement]), judgement],
  ]),
);

/** What a pasted cell says; null for words that name no judgement. */
export function judgementOfText(text: string): ProgressJudgement | null {
  return JUDGEMENT_WORDS.get(normalise(text)) ?? null;
}

export interface PastedCell extends CellPosition {
  judgement: ProgressJudgement;
}

export interface Paste {
  cells: PastedCell[];
  /** Cells whose text names no judgement, as "row, column" of the paste (1-based), to report. */
  unreadable: { row: number; column: number; text: string }[];
}

/**
 * A block copied from a spreadsheet (tab-separated rows) laid over the grid from the cell in focus,
 * rightwards and downwards; what falls outside the grid is left out, empty cells are skipped.
 */
export function pasteOnGrid(
  text: string,
  from: { row: number; column: number },
  unitIds: readonly string[],
  areas: readonly ChangeArea[],
): Paste {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const paste: Paste = { cells: [], unreadable: [] };
  rows.forEach((line, r) => {
    const unitId = unitIds[from.row + r];
    if (unitId === undefined) return;
    line.split('\t').forEach((raw, c) => {
      const area = areas[from.column + c];
      if (area === undefined || raw.trim() === '') return;
      const judgement = judgementOfText(raw);
      if (judgement) paste.cells.push({ unitId, area, judgement });
      else paste.unreadable.push({ row: r + 1, column: c + 1, text: raw.trim() });
    });
  });
  return paste;
}
