import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  bombEntry,
  buildZip,
  deflatedEntry,
  divergentZip64Extra,
  hiddenBomb,
  xlsxWith,
} from '../test/zip-builder.js';
import {
  type ArchiveLimits,
  ArchiveTooLarge,
  checkedArchive,
  UNIT_LIST_LIMITS,
  UnreadableArchive,
  WORKSHEET_LIMITS,
} from './zip-limits.js';

/** The jszip that exceljs unzips with, found as exceljs itself finds it. */
const JSZip = createRequire(createRequire(import.meta.url).resolve('exceljs'))(
  'jszip',
) as typeof import('jszip');

const sheet = deflatedEntry('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>');
const styles = deflatedEntry('xl/styles.xml', '<styleSheet/>');

/** What `checkedArchive` refused the file with: the limit, the unreadable part, or nothing. */
async function refusalOf(file: Buffer, limits: ArchiveLimits = UNIT_LIST_LIMITS): Promise<string | null> {
  try {
    await checkedArchive(file, limits);
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
    const many = Array.from({ length: UNIT_LIST_LIMITS.maxEntries + 1 }, (_, index) =>
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

describe('what a reader of the checked archive finds in it', () => {
  // jszip takes the last end record and the last Zip64 locator signatures anywhere in the file, and
  // moves every offset by the bytes between the directory and the end records.
  it.each([
    ['comment', /hides another directory after its end record/],
    ['zip64-locator', /hides another directory after its end record/],
    ['gap', /holds bytes its directory does not name/],
  ] as const)('refuses a second directory hidden for jszip (%s)', async (hiding, refusal) => {
    const file = hiddenBomb(bombEntry('xl/worksheets/sheet1.xml', 300), hiding);
    expect(Object.keys((await JSZip.loadAsync(file)).files)).toContain('xl/worksheets/sheet1.xml');
    expect(await refusalOf(file)).toMatch(refusal);
  });

  it('hands the reader a copy with nothing in it but what was checked', async () => {
    // Two Zip64 extra fields: the guard reads the first, jszip keeps the last, which points at the
    // bomb a stored part carries; no layout rule sees anything wrong.
    const bomb = bombEntry('xl/worksheets/sheet1.xml', 8);
    const file = divergentZip64Extra(bomb);
    const original = await JSZip.loadAsync(file);
    expect(Object.keys(original.files)).toContain('xl/worksheets/sheet1.xml');

    const checked = await JSZip.loadAsync(await checkedArchive(file, UNIT_LIST_LIMITS));
    expect(Object.keys(checked.files)).toEqual([
      '[Content_Types].xml',
      'xl/media/image1.png',
      'xl/media/image2.bin',
    ]);
    const decoy = await checked.file('xl/media/image2.bin')?.async('nodebuffer');
    expect(decoy?.length).toBeLessThan(bomb.packed.length);
  });

  it('reads the same workbook from the copy as from the file exceljs wrote', async () => {
    const written = new ExcelJS.Workbook();
    written.addWorksheet('Unit kerja').addRow(['kode', 'nama', 'Dinas Pendidikan – ünï']);
    const copy = new ExcelJS.Workbook();
    const file = Buffer.from(await written.xlsx.writeBuffer());
    await copy.xlsx.load((await checkedArchive(file, WORKSHEET_LIMITS)) as unknown as ArrayBuffer);
    expect(copy.worksheets[0]?.name).toBe('Unit kerja');
    expect(copy.worksheets[0]?.getRow(1).values).toEqual([
      undefined,
      'kode',
      'nama',
      'Dinas Pendidikan – ünï',
    ]);
  });
});

describe('the limits of each route', () => {
  it('refuses for the worksheet what the unit list may hold', async () => {
    // Parts of 1 MiB unpack to no more than the ratio allows; six of them pass the unit list's
    // total but not the worksheet's.
    const parts = Array.from({ length: 6 }, (_, index) => bombEntry(`xl/media/image${index}.bin`, 1));
    const sixMebibytes = xlsxWith(deflatedEntry('xl/worksheets/sheet1.xml', '<worksheet/>'), parts);
    expect(await refusalOf(sixMebibytes, UNIT_LIST_LIMITS)).toBeNull();
    expect(await refusalOf(sixMebibytes, WORKSHEET_LIMITS)).toBe('too large: UNPACKED_SIZE');

    const crowded = buildZip(
      Array.from({ length: WORKSHEET_LIMITS.maxEntries + 1 }, (_, index) => deflatedEntry(`${index}`, '')),
    );
    expect(await refusalOf(crowded, UNIT_LIST_LIMITS)).toBeNull();
    expect(await refusalOf(crowded, WORKSHEET_LIMITS)).toBe('too large: ENTRIES');
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
