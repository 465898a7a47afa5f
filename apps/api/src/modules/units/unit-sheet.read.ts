import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { workbookQueue } from '../../common/workbook-queue.js';
import { checkedArchive, UNIT_LIST_LIMITS } from '../../common/zip-limits.js';

/** A row of a sheet: its number as the spreadsheet shows it (the header is row 1) and its trimmed cells. */
export interface SheetRow {
  number: number;
  cells: string[];
}

/** A workbook that passed the zip guard but that exceljs cannot read (its XML is damaged, say). */
export class UnreadableSheet extends Error {}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);
/** How much of a CSV is decoded at a time: the file's text is never held whole beside its bytes. */
const CSV_CHUNK_BYTES = 64 * 1024;

export const isXlsx = (file: Buffer) => file.subarray(0, 4).equals(ZIP_SIGNATURE);

/**
 * The rows of a CSV (comma or semicolon, as Indonesian spreadsheets save it) or an XLSX file, told
 * apart by the file's bytes, one row at a time. Read it to the end: the XLSX reader cleans up the
 * temporary file it may write only then.
 */
export function readSheet(file: Buffer): AsyncIterable<SheetRow> | Iterable<SheetRow> {
  return isXlsx(file) ? readXlsx(file) : readCsv(file);
}

/** A cell's text, trimmed and without control characters (a NUL, which text cannot hold). */
const cellText = (text: string) => text.replace(/\p{Cc}/gu, ' ').trim();

/**
 * The first worksheet of a workbook, row by row, through exceljs's streaming reader, one workbook
 * at a time (`workbookQueue`). The zip guard runs first (`ArchiveTooLarge`, `UnreadableArchive`):
 * nothing is unpacked before it has passed, and exceljs reads only the copy it checked. Later
 * worksheets are read through and dropped. Rows the sheet leaves out (empty ones) are not given;
 * the numbers of the rows that are keep their place.
 */
async function* readXlsx(file: Buffer): AsyncGenerator<SheetRow> {
  const endTurn = await workbookQueue.turn();
  try {
    const archive = await checkedArchive(file, UNIT_LIST_LIMITS);
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([archive]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'ignore',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    let sheets = 0;
    try {
      for await (const worksheet of workbook) {
        sheets += 1;
        for await (const row of worksheet) if (sheets === 1) yield sheetRowOf(row);
      }
    } catch (error) {
      throw new UnreadableSheet(`The workbook cannot be read: ${(error as Error).message}`);
    }
  } finally {
    endTurn();
  }
}

function sheetRowOf(row: ExcelJS.Row): SheetRow {
  const cells: string[] = [];
  for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column).text));
  return { number: row.number, cells };
}

/** The delimiter the header uses most: a semicolon, as Indonesian Excel saves CSV, or a comma. */
function delimiterOf(file: Buffer, start: number): string {
  const lineEnd = [file.indexOf(0x0a, start), file.indexOf(0x0d, start)].filter((index) => index >= 0);
  const header = file
    .subarray(start, lineEnd.length > 0 ? Math.min(...lineEnd) : file.length)
    .toString('utf8');
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * RFC 4180 with either delimiter, decoded a chunk at a time: quoted cells may hold delimiters,
 * quotes and line breaks, and a row is given as soon as it ends.
 */
export function* readCsv(file: Buffer, chunkBytes = CSV_CHUNK_BYTES): Generator<SheetRow> {
  const start = file.subarray(0, 3).equals(BYTE_ORDER_MARK) ? 3 : 0;
  const parser = new CsvParser(delimiterOf(file, start));
  const decoder = new StringDecoder('utf8');
  for (let offset = start; offset < file.length; offset += chunkBytes)
    yield* parser.push(decoder.write(file.subarray(offset, offset + chunkBytes)));
  yield* parser.push(decoder.end());
  yield* parser.end();
}

/** The CSV state machine; its state survives between chunks, so a chunk may end anywhere. */
class CsvParser {
  private row: string[] = [];
  private cell = '';
  private quoted = false;
  /** A quote inside a quoted cell: the next character says whether it is `""` or the closing one. */
  private quoteSeen = false;
  /** A row ended with `\r`: a `\n` right after it belongs to the same line break. */
  private carriageReturn = false;
  private number = 0;

  constructor(private readonly delimiter: string) {}

  *push(text: string): Generator<SheetRow> {
    for (const char of text) {
      if (this.carriageReturn) {
        this.carriageReturn = false;
        if (char === '\n') continue;
      }
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (char === '"') {
          this.cell += '"';
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (char === '"') this.quoteSeen = true;
        else this.cell += char;
      } else if (char === '"') this.quoted = true;
      else if (char === this.delimiter) this.endCell();
      else if (char === '\n' || char === '\r') {
        this.carriageReturn = char === '\r';
        yield this.endRow();
      } else this.cell += char;
    }
  }

  *end(): Generator<SheetRow> {
    if (this.cell !== '' || this.row.length > 0) yield this.endRow();
  }

  private endCell(): void {
    this.row.push(cellText(this.cell));
    this.cell = '';
  }

  private endRow(): SheetRow {
    this.endCell();
    this.number += 1;
    const row = { number: this.number, cells: this.row };
    this.row = [];
    return row;
  }
}
