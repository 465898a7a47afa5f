import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes headers then rows, CRLF line ends, numbers plain', () => {
    const csv = toCsv({
      columns: [
        { key: 'stage', header: 'Tahap' },
        { key: 'units', header: 'Unit', numeric: true },
      ],
      rows: [
        { key: 'a', cells: ['Pembangunan', 1234] },
        { key: 'b', cells: ['Menuju WBK', 3] },
      ],
    });
    expect(csv).toBe('Tahap,Unit\r\nPembangunan,1234\r\nMenuju WBK,3\r\n');
  });

  it('quotes commas, quotes and line breaks, and writes the text of links', () => {
    const csv = toCsv({
      columns: [{ key: 'name', header: 'Nama, lengkap' }],
      rows: [
        { key: 'a', cells: [{ text: 'Dinas "A", Kota', to: '/?instansi=a' }] },
        { key: 'b', cells: ['dua\nbaris'] },
      ],
    });
    expect(csv).toBe('"Nama, lengkap"\r\n"Dinas ""A"", Kota"\r\n"dua\nbaris"\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const csv = toCsv({
      columns: [{ key: 'x', header: 'x' }],
      rows: [{ key: 'a', cells: ['=HYPERLINK("x")'] }],
    });
    expect(csv).toBe('x\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});
