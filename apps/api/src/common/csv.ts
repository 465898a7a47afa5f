export type CsvValue = string | number | boolean | null;

// Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvValue>>): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((column) => cell(row[column] ?? null)).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
