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
import { columnOf } from './worksheet-layout.js';

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

const CODE = columnOf('code');
const ANSWER = columnOf('unitAnswer');
const NOTE = columnOf('unitNote');

function cellText(cell: ExcelJS.Cell): string | number | null {
  const value = cell.value;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'string')
    return typeof value === 'string' ? value.trim() || null : value;
  if (typeof value === 'object' && 'result' in value)
    return (value.result as number | string | undefined) ?? null;
  if (typeof value === 'object' && 'richText' in value)
    return (
      value.richText
        .map((part) => part.text)
        .join('')
        .trim() || null
    );
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

/**
 * Reads the unit's answers and notes back from a worksheet in the exported layout. Every bad cell
 * is reported by row and column; the caller saves nothing unless there are none. A zip bomb is
 * refused (`ArchiveTooLarge`) before anything unpacks it, and one workbook is read at a time.
 */
export async function readWorksheet(framework: Framework, file: Buffer): Promise<ImportResult> {
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
    return answersOf(framework, workbook);
  } finally {
    endTurn();
  }
}

/** The answers and notes of the first worksheet, or a problem for each bad cell. */
function answersOf(framework: Framework, workbook: ExcelJS.Workbook): ImportResult {
  const sheet = workbook.worksheets[0];
  const problems: string[] = [];
  const answers: ImportedAnswer[] = [];
  let headerFound = false;
  sheet?.eachRow((row, rowNumber) => {
    const code = cellText(row.getCell(CODE.number));
    if (!headerFound) {
      headerFound = code === CODE.header;
      return;
    }
    if (typeof code !== 'string' || framework.groups.has(code)) return;
    if (!framework.questions.has(code) && !framework.counts.has(code)) {
      problems.push(`row ${rowNumber}, column ${CODE.letter} (${CODE.header}): unknown code "${code}"`);
      return;
    }
    const raw = cellText(row.getCell(ANSWER.number));
    if (raw === null) return;
    const value = toValue(framework, code, raw);
    const problem = validateAnswer(framework, code, value);
    if (problem) {
      problems.push(`row ${rowNumber}, column ${ANSWER.letter} (${ANSWER.header}): ${problem.message}`);
      return;
    }
    const note = cellText(row.getCell(NOTE.number));
    answers.push({ code, value, note: note === null ? null : String(note) });
  });
  if (!headerFound)
    problems.push(`No header row with "${CODE.header}" in column ${CODE.letter}: use the exported layout.`);
  return { answers, problems };
}
