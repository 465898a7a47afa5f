import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bombEntry, buildZip, deflatedEntry, xlsxWith } from '../test/zip-builder.js';
import { ArchiveTooLarge, checkArchive, UnreadableArchive, XLSX_LIMITS } from './zip-limits.js';

const sheet = deflatedEntry('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>');
const styles = deflatedEntry('xl/styles.xml', '<styleSheet/>');

/** What `checkArchive` refused the file with: the limit, the unreadable part, or nothing. */
async function refusalOf(file: Buffer): Promise<string | null> {
  try {
    await checkArchive(file);
    return null;
  } catch (error) {
    if (error instanceof ArchiveTooLarge) return `too large: ${error.limit}`;
    if (error instanceof UnreadableArchive) return `unreadable: ${error.message}`;
    throw error;
  }
}

/** Offsets of each central directory record, to bend a well-made archive into a malicious one. */
function centralRecords(zip: Buffer): number[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const records: number[] = [];
  let offset = zip.readUInt32LE(end + 16);
  for (let index = 0; index < zip.readUInt16LE(end + 10); index += 1) {
    records.push(offset);
    offset +=
      46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return records;
}

describe('checking an uploaded archive before it is unpacked', () => {
  it('lets a workbook written by exceljs through, as well as a Zip64 one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Unit kerja').addRow(['kode', 'nama', 'Dinas Pendidikan – ünï']);
    expect(await refusalOf(Buffer.from(await workbook.xlsx.writeBuffer()))).toBeNull();
    expect(await refusalOf(buildZip([sheet, styles], { zip64: true }))).toBeNull();
  });

  it('refuses by the directory alone what unpacks beyond the total, the entry count or the ratio', async () => {
    expect(await refusalOf(xlsxWith(bombEntry('xl/worksheets/sheet1.xml', 1024)))).toBe(
      'too large: UNPACKED_SIZE',
    );
    expect(await refusalOf(buildZip([bombEntry('a.xml', 1024)], { zip64: true }))).toBe(
      'too large: UNPACKED_SIZE',
    );
    expect(await refusalOf(xlsxWith(bombEntry('xl/worksheets/sheet1.xml', 8)))).toBe('too large: RATIO');
    const many = Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, index) =>
      deflatedEntry(`${index}`, ''),
    );
    expect(await refusalOf(buildZip(many))).toBe('too large: ENTRIES');
  });

  it('refuses an entry that unpacks to more, or less, than its directory says', async () => {
    const lying = { ...bombEntry('xl/worksheets/sheet1.xml', 1024), declaredSize: 1_000 };
    expect(await refusalOf(xlsxWith(lying))).toBe(
      'unreadable: xl/worksheets/sheet1.xml: unpacks to another size than its directory says.',
    );
    expect(await refusalOf(xlsxWith({ ...sheet, declaredSize: sheet.size + 1 }))).toMatch(/another size/);
  });

  it('refuses entries that share bytes, bytes no entry names, and headers that disagree', async () => {
    const zip = buildZip([sheet, styles]);
    const [, second = 0] = centralRecords(zip);

    // A second directory record pointing at the first entry's bytes counts them twice.
    const overlapping = Buffer.from(zip);
    overlapping.writeUInt32LE(0, second + 42);
    expect(await refusalOf(overlapping)).toMatch(/not where the directory says/);

    // Bytes slipped between two entries: a reader walking the local headers would unpack them.
    const local = zip.readUInt32LE(second + 42);
    const smuggled = buildZipWithGap(zip, local, Buffer.from('PK\u0003\u0004hidden'));
    expect(await refusalOf(smuggled)).toMatch(/not where the directory says/);

    // The local header claims another name than the directory.
    const renamed = Buffer.from(zip);
    renamed.write('X', 30);
    expect(await refusalOf(renamed)).toMatch(/local header disagrees/);
  });

  it('refuses what is not a zip, or a zip cut short', async () => {
    expect(await refusalOf(Buffer.from('PK\u0003\u0004 not really'))).toMatch(/no central directory/);
    const zip = buildZip([sheet]);
    expect(await refusalOf(zip.subarray(0, zip.length - 1))).toMatch(/^unreadable/);
    const damaged = Buffer.from(zip);
    damaged.fill(0xff, 30 + sheet.name.length, 30 + sheet.name.length + 4);
    expect(await refusalOf(damaged)).toMatch(/^unreadable/);
  });
});

/** The archive with `gap` inserted before the entry at `at`, every later offset moved to match. */
function buildZipWithGap(zip: Buffer, at: number, gap: Buffer): Buffer {
  const moved = Buffer.concat([zip.subarray(0, at), gap, zip.subarray(at)]);
  const end = moved.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  moved.writeUInt32LE(moved.readUInt32LE(end + 16) + gap.length, end + 16);
  for (const record of centralRecords(moved)) {
    const offset = moved.readUInt32LE(record + 42);
    if (offset >= at) moved.writeUInt32LE(offset + gap.length, record + 42);
  }
  return moved;
}
