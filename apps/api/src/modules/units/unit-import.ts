import { RefusalReason } from '../../common/refusal-reason.js';
import { REGION_CODE, UNIT_CODE } from '../../common/validation.js';
import { aliasesOfCell, aliasesProblem } from './unit-aliases.js';
import type { UnitFields } from './unit-registry.service.js';
import {
  KIND_OF_WORD,
  KIND_WORDS,
  NO,
  OPTIONAL_COLUMNS,
  UNIT_COLUMNS,
  type UnitColumn,
  YES,
} from './unit-sheet.js';
import type { SheetRow } from './unit-sheet.read.js';

export interface RowProblem {
  /** The row as the spreadsheet numbers it: the header is row 1. */
  row: number;
  column: UnitColumn | null;
  reason: RefusalReason;
  message: string;
  /** What the portal needs to say it in the user's language. */
  values?: Record<string, string | number | string[]>;
}

export interface ParsedRow {
  row: number;
  fields: UnitFields;
  /** The file has no `singkatan` column: an updated unit keeps its aliases. */
  keepsAliases: boolean;
}

/** A file of 100,000 units, an XLSX of about 4 MB or a CSV of about 13 MB, imports in one go. */
export const MAX_IMPORT_ROWS = 100_000;
/** A report lists this many problems, the first by row; it counts them all. */
export const MAX_REPORTED_PROBLEMS = 1_000;

const LIMITS: Partial<Record<UnitColumn, number>> = { nama: 200, alamat: 500, kepala: 200 };

/**
 * The problems of a file: every one counted with its row, the first `MAX_REPORTED_PROBLEMS` by row
 * (in the order found within a row) kept. A file whose every row is wrong costs a bounded report.
 */
export class ProblemLog {
  private kept: Array<{ problem: RowProblem; order: number }> = [];
  private found = 0;
  private readonly rowsWithProblems = new Set<number>();

  add(problem: RowProblem): void {
    this.kept.push({ problem, order: this.found });
    this.found += 1;
    this.rowsWithProblems.add(problem.row);
    if (this.kept.length >= 2 * MAX_REPORTED_PROBLEMS) this.trim();
  }

  /** How many problems the file has. */
  get count(): number {
    return this.found;
  }

  /** How many rows have at least one problem. */
  get invalidRows(): number {
    return this.rowsWithProblems.size;
  }

  /** The first `MAX_REPORTED_PROBLEMS` problems by row. */
  first(): RowProblem[] {
    this.trim();
    return this.kept.map(({ problem }) => problem);
  }

  private trim(): void {
    this.kept.sort((a, b) => a.problem.row - b.problem.row || a.order - b.order);
    this.kept.length = Math.min(this.kept.length, MAX_REPORTED_PROBLEMS);
  }
}

const wholeFile = (reason: RefusalReason, message: string, values?: RowProblem['values']): RowProblem => ({
  row: 1,
  column: null,
  reason,
  message,
  ...(values ? { values } : {}),
});

/**
 * Reads every data row into unit fields as the rows arrive, naming each problem by row and column;
 * only the fields of good rows are kept. The rows are read to their end whatever is found (see
 * `readSheet`).
 */
export async function parseUnitRows(
  sheet: AsyncIterable<SheetRow> | Iterable<SheetRow>,
): Promise<{ rows: ParsedRow[]; problems: ProblemLog }> {
  const rows: ParsedRow[] = [];
  let problems = new ProblemLog();
  let columnOf: Map<UnitColumn, number> | null = null;
  let missing: UnitColumn[] = [];
  let dataRows = 0;
  for await (const { number, cells } of sheet) {
    if (columnOf === null) {
      // The header is row 1; a sheet that starts lower has none.
      const names = (number === 1 ? cells : []).map((cell) => cell.toLowerCase());
      missing = UNIT_COLUMNS.filter((column) => !OPTIONAL_COLUMNS.has(column) && !names.includes(column));
      columnOf = new Map(UNIT_COLUMNS.map((column) => [column, names.indexOf(column)]));
      if (number === 1) continue;
    }
    if (missing.length > 0 || cells.every((cell) => cell === '')) continue;
    dataRows += 1;
    if (dataRows > MAX_IMPORT_ROWS) continue;
    const columns = columnOf;
    const value = (column: UnitColumn) => cells[columns.get(column) ?? -1]?.trim() ?? '';
    const rowProblems = checkRow(number, value);
    for (const problem of rowProblems) problems.add(problem);
    if (rowProblems.length === 0)
      rows.push({ row: number, fields: fieldsOf(value), keepsAliases: columns.get('singkatan') === -1 });
  }
  if (columnOf === null) missing = [...UNIT_COLUMNS];
  if (missing.length > 0 || dataRows > MAX_IMPORT_ROWS) {
    problems = new ProblemLog();
    problems.add(
      missing.length > 0
        ? wholeFile(
            RefusalReason.IMPORT_COLUMNS_MISSING,
            `the header lacks ${missing.join(', ')}; expected ${UNIT_COLUMNS.join(', ')}`,
            { missing, expected: [...UNIT_COLUMNS] },
          )
        : wholeFile(
            RefusalReason.IMPORT_TOO_LONG,
            `the file has ${dataRows} rows; at most ${MAX_IMPORT_ROWS} rows per import`,
            { max: MAX_IMPORT_ROWS, rows: dataRows },
          ),
    );
    return { rows: [], problems };
  }
  for (const problem of duplicatesWithin(rows)) problems.add(problem);
  return { rows, problems };
}

function checkRow(row: number, value: (column: UnitColumn) => string): RowProblem[] {
  const problems: RowProblem[] = [];
  const problem = (
    column: UnitColumn,
    reason: RefusalReason,
    message: string,
    values?: RowProblem['values'],
  ) => problems.push({ row, column, reason, message, ...(values ? { values } : {}) });
  if (value('kode') && !UNIT_CODE.test(value('kode'))) {
    problem('kode', RefusalReason.INVALID_CODE, 'kode must be 1 to 40 letters, digits, or . _ / -');
  }
  if (!value('nama')) problem('nama', RefusalReason.REQUIRED, 'nama is required');
  if (!KIND_OF_WORD.has(value('jenis').toLowerCase())) {
    problem(
      'jenis',
      RefusalReason.INVALID_KIND,
      `jenis must be one of ${Object.values(KIND_WORDS).join(', ')}`,
      {
        allowed: Object.values(KIND_WORDS),
      },
    );
  }
  if (value('kode_wilayah') && !REGION_CODE.test(value('kode_wilayah'))) {
    problem(
      'kode_wilayah',
      RefusalReason.INVALID_REGION,
      'kode_wilayah must look like "64", "64.71" or "64.71.01"',
    );
  }
  if (![YES, NO, ''].includes(value('layanan_publik').toLowerCase())) {
    problem('layanan_publik', RefusalReason.INVALID_YES_NO, `layanan_publik must be ${YES} or ${NO}`);
  }
  const aliases = aliasesProblem(aliasesOfCell(value('singkatan')));
  if (aliases) problem('singkatan', RefusalReason.INVALID_ALIASES, `singkatan: ${aliases}`);
  for (const [column, limit] of Object.entries(LIMITS) as Array<[UnitColumn, number]>) {
    if (value(column).length > limit)
      problem(column, RefusalReason.TOO_LONG, `${column} must be at most ${limit} characters`, {
        max: limit,
      });
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
    aliases: aliasesOfCell(value('singkatan')),
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
          reason: RefusalReason.DUPLICATE_IN_FILE,
          message: `${column} repeats row ${first} of this file`,
          values: { firstRow: first },
        });
      }
    }
  }
  return problems;
}
