import ExcelJS from 'exceljs';
import { workbookQueue } from '../../common/workbook-queue.js';
import { checkedArchive, UNIT_LIST_LIMITS } from '../../common/zip-limits.js';

/** A sheet as rows of trimmed text cells; the first row is the header. */
export type SheetRows = string[][];

/** A workbook that passed the zip guard but that exceljs cannot read (its XML is damaged, say). */
export class UnreadableSheet extends Error {}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export const isXlsx = (file: Buffer) => file.subarray(0, 4).equals(ZIP_SIGNATURE);

/** Reads CSV (comma or semicolon, as Indonesian spreadsheets save it) or XLSX, by the file's bytes. */
export async function readSheet(file: Buffer): Promise<SheetRows> {
  return isXlsx(file) ? readXlsx(file) : readCsv(file.toString('utf8'));
}

/** A cell's text, trimmed and without control characters (a NUL, which text cannot hold). */
const cellText = (text: string) => text.replace(/\p{Cc}/gu, ' ').trim();

/**
 * The first worksheet's rows, one workbook at a time (`workbookQueue`). Refuses a zip bomb
 * (`ArchiveTooLarge`) or a damaged zip (`UnreadableArchive`) before it is unpacked, and exceljs
 * reads only the copy the guard checked; whatever exceljs cannot read is `UnreadableSheet`.
 */
async function readXlsx(file: Buffer): Promise<SheetRows> {
  const endTurn = await workbookQueue.turn();
  try {
    const archive = await checkedArchive(file, UNIT_LIST_LIMITS);
    try {
      return await rowsOf(archive);
    } catch (error) {
      throw new UnreadableSheet(`The workbook cannot be read: ${(error as Error).message}`);
    }
  } finally {
    endTurn();
  }
}

async function rowsOf(archive: Buffer): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(archive as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRows = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1)
      cells.push(cellText(row.getCell(column).text));
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** RFC 4180 with either delimiter: quoted cells may hold delimiters, quotes and line breaks. */
export function readCsv(source: string): SheetRows {
  const text = source.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(text);
  const rows: SheetRows = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cellText(cell));
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cellText(cell));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cellText(cell));
    rows.push(row);
  }
  return rows;
}
