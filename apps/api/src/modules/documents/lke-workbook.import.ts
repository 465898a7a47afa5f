import type { AnswerValue, Framework } from '@zi/lke';
import { validateAnswer } from '@zi/lke';
import ExcelJS from 'exceljs';
import { workbookQueue } from '../../common/workbook-queue.js';
import {
  ArchiveTooLarge,
  checkedArchive,
  UnreadableArchive,
  WORKSHEET_LIMITS,
} from '../../common/zip-limits.js';
import { type LayerColumns, LKE_TEMPLATE } from './lke-workbook.layout.js';

export interface ImportedAnswer {
  code: string;
  value: AnswerValue;
  note: string | null;
}

export interface ImportResult {
  answers: ImportedAnswer[];
  /** One message per bad cell: row, column and what is wrong. */
  problems: string[];
}

function cellText(cell: ExcelJS.Cell): string | number | null {
  const value = cell.value;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'object' && 'result' in value) {
    const result = value.result;
    return typeof result === 'number' || (typeof result === 'string' && result.trim()) ? result : null;
  }
  if (typeof value === 'object' && 'richText' in value)
    return (
      value.richText
        .map((part) => part.text)
        .join('')
        .trim() || null
    );
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim() || null;
  return String(value);
}

/** A cell's answer as the engine takes it: an option value from its label, or a number. */
function toValue(framework: Framework, code: string, raw: string | number): AnswerValue {
  const options = framework.questions.get(code)?.answerType.options;
  if (!options || typeof raw === 'number') return raw;
  const option = options.find((candidate) =>
    [candidate.label, candidate.value].some((name) => name.toLowerCase() === raw.toLowerCase()),
  );
  return option?.value ?? raw;
}

/** Every row a layer answers in: questions answered directly, and the counts of those scored from counts. */
function answerRows(framework: Framework): { code: string; row: number }[] {
  const rows: { code: string; row: number }[] = [];
  for (const [code, entry] of framework.questions) {
    if (!entry.formula && entry.node.sourceRow !== undefined) rows.push({ code, row: entry.node.sourceRow });
    for (const count of entry.node.counts ?? []) {
      if (count.sourceRow !== undefined) rows.push({ code: count.code, row: count.sourceRow });
    }
  }
  return rows.sort((a, b) => a.row - b.row);
}

/**
 * Reads one layer's answers and notes back from the official LKE workbook this platform exports
 * (its answer sheet, the layer's answer and note columns). Every bad cell is reported by row and
 * column; the caller saves nothing unless there are none. A zip bomb is refused (`ArchiveTooLarge`)
 * before anything unpacks it, and one workbook is read at a time.
 */
export async function readLkeWorkbook(
  framework: Framework,
  file: Buffer,
  columns: LayerColumns,
): Promise<ImportResult> {
  const endTurn = await workbookQueue.turn();
  try {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load((await checkedArchive(file, WORKSHEET_LIMITS)) as unknown as ArrayBuffer);
    } catch (error) {
      if (error instanceof ArchiveTooLarge) throw error;
      const why = error instanceof UnreadableArchive ? ` ${error.message}` : '';
      return { answers: [], problems: [`The file is not an Excel workbook (.xlsx).${why}`] };
    }
    return answersOf(framework, workbook, columns);
  } finally {
    endTurn();
  }
}

function answersOf(framework: Framework, workbook: ExcelJS.Workbook, columns: LayerColumns): ImportResult {
  const { answerSheet, rowIdColumn } = LKE_TEMPLATE;
  const sheet = workbook.getWorksheet(answerSheet);
  const header = sheet && cellText(sheet.getCell(`${columns.answer}1`));
  if (!sheet || header !== columns.answerHeader) {
    return {
      answers: [],
      problems: [
        `No sheet "${answerSheet}" with "${columns.answerHeader}" in column ${columns.answer}: use the LKE workbook in the official template, as exported here.`,
      ],
    };
  }
  const problems: string[] = [];
  const answers: ImportedAnswer[] = [];
  for (const { code, row } of answerRows(framework)) {
    const id = cellText(sheet.getCell(`${rowIdColumn}${row}`));
    if (Number(id) !== row) {
      problems.push(
        `row ${row}, column ${rowIdColumn} (ID): ${row} expected, found ${id ?? 'nothing'}: rows were added, removed or moved`,
      );
      continue;
    }
    const raw = cellText(sheet.getCell(`${columns.answer}${row}`));
    if (raw === null) continue;
    const value = toValue(framework, code, raw);
    const problem = validateAnswer(framework, code, value);
    if (problem) {
      problems.push(`row ${row}, column ${columns.answer} (${columns.answerHeader}): ${problem.message}`);
      continue;
    }
    const note = cellText(sheet.getCell(`${columns.note}${row}`));
    answers.push({ code, value, note: note === null ? null : String(note) });
  }
  return { answers, problems };
}
