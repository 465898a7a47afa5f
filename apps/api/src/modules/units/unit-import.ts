import { REGION_CODE, UNIT_CODE } from '../../common/validation.js';
import type { UnitFields } from './unit-registry.service.js';
import { KIND_OF_WORD, KIND_WORDS, NO, UNIT_COLUMNS, type UnitColumn, YES } from './unit-sheet.js';
import type { SheetRows } from './unit-sheet.read.js';

export interface RowProblem {
  /** The row as the spreadsheet numbers it: the header is row 1. */
  row: number;
  column: UnitColumn | null;
  reason: string;
  message: string;
  /** What the portal needs to say it in the user's language. */
  values?: Record<string, string | number | string[]>;
}

export interface ParsedRow {
  row: number;
  fields: UnitFields;
}

export const MAX_IMPORT_ROWS = 20_000;

const LIMITS: Partial<Record<UnitColumn, number>> = { nama: 200, alamat: 500, kepala: 200 };

/** Reads every data row into unit fields, naming each problem by row and column. */
export function parseUnitRows(sheet: SheetRows): { rows: ParsedRow[]; problems: RowProblem[] } {
  const [header = [], ...body] = sheet;
  const names = header.map((cell) => cell.toLowerCase());
  const missing = UNIT_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          column: null,
          reason: 'IMPORT_COLUMNS_MISSING',
          message: `the header lacks ${missing.join(', ')}; expected ${UNIT_COLUMNS.join(', ')}`,
          values: { missing, expected: [...UNIT_COLUMNS] },
        },
      ],
    };
  }
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          column: null,
          reason: 'IMPORT_TOO_LONG',
          message: `at most ${MAX_IMPORT_ROWS} rows per import`,
        },
      ],
    };
  }
  const rows: ParsedRow[] = [];
  const problems: RowProblem[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell === '')) return;
    const row = index + 2;
    const value = (column: UnitColumn) => cells[names.indexOf(column)]?.trim() ?? '';
    const rowProblems = checkRow(row, value);
    problems.push(...rowProblems);
    if (rowProblems.length === 0) rows.push({ row, fields: fieldsOf(value) });
  });
  problems.push(...duplicatesWithin(rows));
  return { rows, problems };
}

function checkRow(row: number, value: (column: UnitColumn) => string): RowProblem[] {
  const problems: RowProblem[] = [];
  const problem = (column: UnitColumn, reason: string, message: string, values?: RowProblem['values']) =>
    problems.push({ row, column, reason, message, ...(values ? { values } : {}) });
  if (value('kode') && !UNIT_CODE.test(value('kode'))) {
    problem('kode', 'INVALID_CODE', 'kode must be 1 to 40 letters, digits, or . _ / -');
  }
  if (!value('nama')) problem('nama', 'REQUIRED', 'nama is required');
  if (!KIND_OF_WORD.has(value('jenis').toLowerCase())) {
    problem('jenis', 'INVALID_KIND', `jenis must be one of ${Object.values(KIND_WORDS).join(', ')}`, {
      allowed: Object.values(KIND_WORDS),
    });
  }
  if (value('kode_wilayah') && !REGION_CODE.test(value('kode_wilayah'))) {
    problem('kode_wilayah', 'INVALID_REGION', 'kode_wilayah must look like "64", "64.71" or "64.71.01"');
  }
  if (![YES, NO, ''].includes(value('layanan_publik').toLowerCase())) {
    problem('layanan_publik', 'INVALID_YES_NO', `layanan_publik must be ${YES} or ${NO}`);
  }
  for (const [column, limit] of Object.entries(LIMITS) as Array<[UnitColumn, number]>) {
    if (value(column).length > limit)
      problem(column, 'TOO_LONG', `${column} must be at most ${limit} characters`, { max: limit });
  }
  return problems;
}

function fieldsOf(value: (column: UnitColumn) => string): UnitFields {
  return {
    code: value('kode') || null,
    name: value('nama'),
    kind: KIND_OF_WORD.get(value('jenis').toLowerCase()) as UnitFields['kind'],
    regionCode: value('kode_wilayah') || null,
    address: value('alamat') || null,
    headName: value('kepala') || null,
    servesPublic: value('layanan_publik').toLowerCase() === YES,
  };
}

function duplicatesWithin(rows: ParsedRow[]): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const [column, keyOf] of [
    ['kode', (row: ParsedRow) => row.fields.code?.toLowerCase()],
    ['nama', (row: ParsedRow) => row.fields.name.toLowerCase()],
  ] as const) {
    const firstRow = new Map<string, number>();
    for (const row of rows) {
      const key = keyOf(row);
      // Rows without a code are told apart by their names.
      if (key === undefined) continue;
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row.row);
      else {
        problems.push({
          row: row.row,
          column,
          reason: 'DUPLICATE_IN_FILE',
          message: `${column} repeats row ${first} of this file`,
          values: { firstRow: first },
        });
      }
    }
  }
  return problems;
}
