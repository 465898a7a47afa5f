import { createInflateRaw } from 'node:zlib';

/**
 * What an uploaded archive (an .xlsx is a zip) may unpack to. A zip bomb is a small file that
 * unpacks to gigabytes; every reader of an uploaded zip calls `checkArchive` before it unpacks one
 * byte of it. See decision 0028.
 */
export interface ArchiveLimits {
  /** All entries together, unpacked. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Unpacked bytes per packed byte, for an entry over `ratioFreeBytes` unpacked. */
  maxRatio: number;
  ratioFreeBytes: number;
}

const MIB = 1_048_576;

/**
 * A workbook of 100,000 units unpacks to about 50 MiB, at 11 to 15 bytes per packed byte; the LKE
 * worksheet to 140 KB. Excel, LibreOffice and exceljs write a few dozen entries at most.
 */
export const XLSX_LIMITS: ArchiveLimits = {
  maxUnpackedBytes: 128 * MIB,
  maxEntries: 1_000,
  maxRatio: 100,
  ratioFreeBytes: MIB,
};

export type ArchiveLimit = 'UNPACKED_SIZE' | 'ENTRIES' | 'RATIO';

/** The archive unpacks to more than a limit allows: refused before it is unpacked. */
export class ArchiveTooLarge extends Error {
  constructor(
    readonly limit: ArchiveLimit,
    readonly max: number,
  ) {
    super(
      {
        UNPACKED_SIZE: `The file unpacks to more than ${max / MIB} MB.`,
        ENTRIES: `The file holds more than ${max} parts.`,
        RATIO: `A part of the file unpacks to more than ${max} times its packed size.`,
      }[limit],
    );
  }

  /** The refusal's `extensions`, as the file routes send it with HTTP 413. */
  get refusal() {
    return {
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: 'ARCHIVE_TOO_LARGE',
      limit: this.limit,
      max: this.max,
    };
  }
}

/** Not a zip a reader can trust: truncated, or its directory says what its bytes do not. */
export class UnreadableArchive extends Error {}

const SIGNATURE = {
  LOCAL: 0x04034b50,
  CENTRAL: 0x02014b50,
  END: 0x06054b50,
  END64: 0x06064b50,
  END64_LOCATOR: 0x07064b50,
  DESCRIPTOR: 0x08074b50,
} as const;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
const HAS_DESCRIPTOR = 0x8;
const SATURATED_16 = 0xffff;
const SATURATED_32 = 0xffffffff;

interface Entry {
  name: string;
  rawName: Buffer;
  flags: number;
  method: number;
  packedSize: number;
  unpackedSize: number;
  localOffset: number;
}

/** Reads a little-endian field at an offset, refusing one that lies outside the file. */
class Reader {
  constructor(readonly bytes: Buffer) {}

  private within(offset: number, length: number): number {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > this.bytes.length)
      throw new UnreadableArchive('The zip archive is truncated.');
    return offset;
  }
  u16 = (offset: number) => this.bytes.readUInt16LE(this.within(offset, 2));
  u32 = (offset: number) => this.bytes.readUInt32LE(this.within(offset, 4));
  u64 = (offset: number) => Number(this.bytes.readBigUInt64LE(this.within(offset, 8)));
  slice = (offset: number, length: number) =>
    this.bytes.subarray(this.within(offset, length), offset + length);
}

/** The end-of-central-directory record: the last one whose comment reaches the file's end. */
function endRecordOffset(zip: Reader): number {
  const last = zip.bytes.length - 22;
  for (let offset = last; offset >= Math.max(0, last - SATURATED_16); offset -= 1) {
    if (
      zip.bytes.readUInt32LE(offset) === SIGNATURE.END &&
      offset + 22 + zip.u16(offset + 20) === zip.bytes.length
    )
      return offset;
  }
  throw new UnreadableArchive('Not a zip archive: it has no central directory.');
}

/** Where the central directory starts and how many entries it claims, Zip64 included. */
function directoryOf(zip: Reader): { offset: number; size: number; count: number } {
  const end = endRecordOffset(zip);
  let count = zip.u16(end + 10);
  let size = zip.u32(end + 12);
  let offset = zip.u32(end + 16);
  if (count === SATURATED_16 || size === SATURATED_32 || offset === SATURATED_32) {
    const locator = end - 20;
    if (zip.u32(locator) !== SIGNATURE.END64_LOCATOR)
      throw new UnreadableArchive('The Zip64 end record is missing.');
    const end64 = zip.u64(locator + 8);
    if (zip.u32(end64) !== SIGNATURE.END64) throw new UnreadableArchive('The Zip64 end record is missing.');
    count = zip.u64(end64 + 32);
    size = zip.u64(end64 + 40);
    offset = zip.u64(end64 + 48);
  }
  return { offset, size, count };
}

/** The 64-bit sizes and offset of a Zip64 extra field, for the fields the header saturated. */
function withZip64(zip: Reader, extraStart: number, extraLength: number, entry: Entry): Entry {
  const saturated = (['unpackedSize', 'packedSize', 'localOffset'] as const).filter(
    (field) => entry[field] === SATURATED_32,
  );
  if (saturated.length === 0) return entry;
  for (let offset = extraStart; offset + 4 <= extraStart + extraLength; offset += 4 + zip.u16(offset + 2)) {
    if (zip.u16(offset) !== 0x0001) continue;
    const widened = { ...entry };
    saturated.forEach((field, index) => {
      widened[field] = zip.u64(offset + 4 + index * 8);
    });
    return widened;
  }
  throw new UnreadableArchive(`${entry.name}: its Zip64 sizes are missing.`);
}

function readDirectory(zip: Reader, limits: ArchiveLimits): Entry[] {
  const directory = directoryOf(zip);
  if (directory.count > limits.maxEntries) throw new ArchiveTooLarge('ENTRIES', limits.maxEntries);
  const entries: Entry[] = [];
  let offset = directory.offset;
  for (let index = 0; index < directory.count; index += 1) {
    if (zip.u32(offset) !== SIGNATURE.CENTRAL) throw new UnreadableArchive('The zip directory is damaged.');
    const nameLength = zip.u16(offset + 28);
    const extraLength = zip.u16(offset + 30);
    const rawName = zip.slice(offset + 46, nameLength);
    const entry: Entry = {
      name: rawName.toString('utf8'),
      rawName,
      flags: zip.u16(offset + 8),
      method: zip.u16(offset + 10),
      packedSize: zip.u32(offset + 20),
      unpackedSize: zip.u32(offset + 24),
      localOffset: zip.u32(offset + 42),
    };
    entries.push(withZip64(zip, offset + 46 + nameLength, extraLength, entry));
    offset += 46 + nameLength + extraLength + zip.u16(offset + 32);
  }
  if (offset !== directory.offset + directory.size)
    throw new UnreadableArchive('The zip directory is damaged.');
  return entries;
}

/** Refuses, from the directory's word alone, what would unpack beyond the limits. */
function checkDeclaredSizes(entries: Entry[], limits: ArchiveLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.unpackedSize;
    if (total > limits.maxUnpackedBytes) throw new ArchiveTooLarge('UNPACKED_SIZE', limits.maxUnpackedBytes);
    if (entry.unpackedSize > limits.ratioFreeBytes && entry.unpackedSize > entry.packedSize * limits.maxRatio)
      throw new ArchiveTooLarge('RATIO', limits.maxRatio);
  }
}

/**
 * Where each entry's packed bytes are, checked against its local header. Entries must follow one
 * another from the first byte to the directory, each once: no overlapping entries (which let a
 * small file count the same bytes many times) and no bytes the directory does not name (which a
 * reader walking the local headers would unpack unchecked).
 */
function packedData(zip: Reader, entries: Entry[], directoryOffset: number): Buffer[] {
  const data = new Map<Entry, Buffer>();
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    const local = entry.localOffset;
    if (local !== expected || zip.u32(local) !== SIGNATURE.LOCAL)
      throw new UnreadableArchive(`${entry.name}: its bytes are not where the directory says.`);
    const nameLength = zip.u16(local + 26);
    if (!localHeaderAgrees(zip, local, entry))
      throw new UnreadableArchive(`${entry.name}: its local header disagrees with the directory.`);
    if (entry.flags & ENCRYPTED) throw new UnreadableArchive(`${entry.name}: encrypted.`);
    const start = local + 30 + nameLength + zip.u16(local + 28);
    data.set(entry, zip.slice(start, entry.packedSize));
    expected = start + entry.packedSize + descriptorLength(zip, entry, start + entry.packedSize);
  }
  if (expected !== directoryOffset)
    throw new UnreadableArchive('The zip archive holds bytes its directory does not name.');
  return entries.map((entry) => data.get(entry) as Buffer);
}

/**
 * A reader that walks the local headers (a streaming one) must find what the directory says: the
 * same name, method and sizes, the sizes left to a data descriptor only if both say so.
 */
function localHeaderAgrees(zip: Reader, local: number, entry: Entry): boolean {
  const streamed = (zip.u16(local + 6) & HAS_DESCRIPTOR) !== 0;
  const sizeAgrees = (value: number, size: number) => value === size || value === SATURATED_32;
  return (
    zip.slice(local + 30, zip.u16(local + 26)).equals(entry.rawName) &&
    zip.u16(local + 8) === entry.method &&
    streamed === ((entry.flags & HAS_DESCRIPTOR) !== 0) &&
    (streamed ||
      (sizeAgrees(zip.u32(local + 18), entry.packedSize) &&
        sizeAgrees(zip.u32(local + 22), entry.unpackedSize)))
  );
}

/** The data descriptor after an entry written as a stream: 12 to 24 bytes, its signature optional. */
function descriptorLength(zip: Reader, entry: Entry, offset: number): number {
  if (!(entry.flags & HAS_DESCRIPTOR)) return 0;
  const signed = zip.bytes.length >= offset + 4 && zip.u32(offset) === SIGNATURE.DESCRIPTOR ? 4 : 0;
  const zip64 = entry.packedSize >= SATURATED_32 || entry.unpackedSize >= SATURATED_32;
  return signed + (zip64 ? 20 : 12);
}

/**
 * Unpacks one entry without keeping it, counting its bytes and stopping at the first one past what
 * the directory declared: a directory that lies about sizes is caught after `declared + 1` bytes.
 */
function unpackedSize(packed: Buffer, declared: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let size = 0;
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > declared) {
        inflater.destroy();
        resolve(size);
      }
    });
    inflater.on('end', () => resolve(size));
    inflater.on('error', () => reject(new UnreadableArchive('A part of the zip archive is damaged.')));
    inflater.end(packed);
  });
}

/**
 * Refuses an archive that would unpack beyond `limits` (ArchiveTooLarge) or that a reader cannot
 * trust (UnreadableArchive), before anything unpacks it. Reads the central directory, then checks
 * each local header and unpacks each entry once, counting bytes without keeping them, so that no
 * directory can claim small sizes for a large content.
 */
export async function checkArchive(file: Buffer, limits: ArchiveLimits = XLSX_LIMITS): Promise<void> {
  const zip = new Reader(file);
  const entries = readDirectory(zip, limits);
  checkDeclaredSizes(entries, limits);
  const packed = packedData(zip, entries, directoryOf(zip).offset);
  for (const [index, entry] of entries.entries()) {
    const data = packed[index] as Buffer;
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw new UnreadableArchive(`${entry.name}: packed in a way no workbook reader reads.`);
    const actual = entry.method === STORED ? data.length : await unpackedSize(data, entry.unpackedSize);
    if (actual !== entry.unpackedSize)
      throw new UnreadableArchive(`${entry.name}: unpacks to another size than its directory says.`);
  }
}
