import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, MAX_REPORTED_PROBLEMS, parseUnitRows } from './unit-import.js';
import { readCsv, type SheetRow } from './unit-sheet.read.js';

const HEADER = 'kode;nama;jenis;kode_wilayah;alamat;kepala;layanan_publik';

describe('reading a CSV a chunk at a time', () => {
  const cells = (index: number) => [
    `K-${index}`,
    `Unit "Ü${'é'.repeat(index % 3)}" 🏥 ${index}; cabang`,
    `Jl. Baris\r\nDua ${index}`,
    '',
  ];
  const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const file = Buffer.from(
    `\uFEFF${['a;b;c;d', ...[0, 1, 2].map((index) => cells(index).map(quoted).join(';'))].join('\r\n')}\r\n`,
  );

  it('keeps quotes, delimiters, line breaks and multi-byte letters wherever a chunk ends', () => {
    // Chunks of 1 to 9 bytes end inside every `""`, `\r\n` and multi-byte letter of the file.
    for (let chunkBytes = 1; chunkBytes <= 9; chunkBytes += 1) {
      expect([...readCsv(file, chunkBytes)]).toEqual([
        { number: 1, cells: ['a', 'b', 'c', 'd'] },
        // A line break inside a cell is a control character: it reads as a space.
        ...[0, 1, 2].map((index) => ({
          number: index + 2,
          cells: cells(index).map((cell) => cell.replace('\r\n', '  ')),
        })),
      ]);
    }
  });

  it('tells the delimiter from the header and reads a last row without a line break', () => {
    expect([...readCsv(Buffer.from('a,b\n1,"2,5"\r3,4'))]).toEqual([
      { number: 1, cells: ['a', 'b'] },
      { number: 2, cells: ['1', '2,5'] },
      { number: 3, cells: ['3', '4'] },
    ]);
  });
});

function* sheet(rows: number, cells: (index: number) => string[]): Generator<SheetRow> {
  yield { number: 1, cells: HEADER.split(';') };
  for (let index = 0; index < rows; index += 1) yield { number: index + 2, cells: cells(index) };
}

describe('parsing the rows of a large file', () => {
  it(`refuses more than ${MAX_IMPORT_ROWS} rows as a whole, counting them all`, async () => {
    const good = (index: number) => [`K-${index}`, `Unit ${index}`, 'dinas', '', '', '', 'ya'];
    const parsed = await parseUnitRows(sheet(MAX_IMPORT_ROWS + 1, good));
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems.first()).toEqual([
      expect.objectContaining({
        row: 1,
        column: null,
        reason: 'IMPORT_TOO_LONG',
        values: { max: MAX_IMPORT_ROWS, rows: MAX_IMPORT_ROWS + 1 },
      }),
    ]);
    // Blank rows do not count.
    const withBlanks = await parseUnitRows(
      sheet(MAX_IMPORT_ROWS + 1, (index) => (index === 0 ? ['', ''] : good(index))),
    );
    expect(withBlanks.problems.count).toBe(0);
    expect(withBlanks.rows).toHaveLength(MAX_IMPORT_ROWS);
  });

  it('keeps the first problems by row, in the order found within a row, and counts them all', async () => {
    // Every row has two problems.
    const parsed = await parseUnitRows(
      sheet(5_000, (index) => [`K-${index}`, `Unit ${index}`, 'kantor', '9', '', '', 'ya']),
    );
    expect(parsed.problems.count).toBe(10_000);
    expect(parsed.problems.invalidRows).toBe(5_000);
    const first = parsed.problems.first();
    expect(first).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(first.slice(0, 4).map(({ row, column, reason }) => `${row}:${column}:${reason}`)).toEqual([
      '2:jenis:INVALID_KIND',
      '2:kode_wilayah:INVALID_REGION',
      '3:jenis:INVALID_KIND',
      '3:kode_wilayah:INVALID_REGION',
    ]);
    expect(first.at(-1)?.row).toBe(MAX_REPORTED_PROBLEMS / 2 + 1);
  });
});
