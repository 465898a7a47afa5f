import { cellText, type TableModel } from './stat-model';

const NEEDS_QUOTES = /[",\r\n]/;
/** A cell a spreadsheet would run as a formula (CWE-1236) gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A table as CSV (RFC 4180: comma-separated, CRLF line ends), headers first. Counts stay plain
 * numbers, not formatted for the language, so any spreadsheet reads them as numbers.
 */
export function toCsv(table: TableModel): string {
  const lines = [
    table.columns.map((column) => csvField(column.header)),
    ...table.rows.map((row) =>
      row.cells.map((cell) => csvField(typeof cell === 'number' ? cell : cellText(cell))),
    ),
  ];
  return `${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
