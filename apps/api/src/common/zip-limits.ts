import { createInflateRaw } from 'node:zlib';
import { registerEnumType } from 'type-graphql';
import { RefusalReason } from './refusal-reason.js';

/**
 * What an uploaded archive (an .xlsx is a zip) may unpack to, per route. A zip bomb is a small file
 * that unpacks to gigabytes; every reader of an uploaded zip calls `checkedArchive` and unpacks only
 * the copy it returns. See decision 0028.
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
 * The unit list (`POST /admin/units/import`): an export of 100,000 units unpacks to 41 MiB (short
 * names and addresses) to 64 MiB (long ones), at 12 to 17 bytes per packed byte, in 16 entries.
 */
export const UNIT_LIST_LIMITS: ArchiveLimits = {
  maxUnpackedBytes: 96 * MIB,
  maxEntries: 200,
  maxRatio: 100,
  ratioFreeBytes: MIB,
};

/**
 * The LKE worksheet (`PUT /admin/assessments/:id/lke.xlsx`): its export unpacks to 134 KB, and to
 * 0.6 MiB with every note at its 4,000-character maximum, in 16 entries.
 */
export const WORKSHEET_LIMITS: ArchiveLimits = {
  maxUnpackedBytes: 4 * MIB,
  maxEntries: 100,
  maxRatio: 100,
  ratioFreeBytes: MIB,
};

/** Which limit an uploaded archive broke; `refusal-details.ts` carries it into the schemas. */
export enum ArchiveLimit {
  UNPACKED_SIZE = 'UNPACKED_SIZE',
  ENTRIES = 'ENTRIES',
  RATIO = 'RATIO',
}

registerEnumType(ArchiveLimit, {
  name: 'ArchiveLimit',
  description: 'Which limit of the zip guard an uploaded archive broke (`ARCHIVE_TOO_LARGE`’s `limit`).',
  valuesConfig: {
    UNPACKED_SIZE: { description: 'All entries together unpack to more than `max` bytes.' },
    ENTRIES: { description: 'The archive holds more than `max` entries.' },
    RATIO: { description: 'An entry unpacks to more than `max` times its packed size.' },
  },
});

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
      reason: RefusalReason.ARCHIVE_TOO_LARGE,
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
const UTF8_NAMES = 0x800;
const SATURATED_16 = 0xffff;
const SATURATED_32 = 0xffffffff;

interface Entry {
  name: string;
  rawName: Buffer;
  flags: number;
  method: number;
  /** DOS time and date, as one field. */
  modified: number;
  crc: number;
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

interface Directory {
  offset: number;
  size: number;
  count: number;
}

const signatureBytes = (signature: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(signature);
  return bytes;
};

/**
 * Readers do not agree on which end record counts: jszip (what exceljs unzips with) takes the last
 * end record signature anywhere in the file, and the last Zip64 locator signature, where the format
 * and this guard take the record whose comment reaches the end and the locator right before it. A
 * second directory hidden after the chosen records (in the comment, say) would be read unchecked.
 */
function refuseHiddenEndRecords(zip: Reader, end: number, locator: number | null): void {
  const follows = (signature: number, offset: number) =>
    zip.bytes.indexOf(signatureBytes(signature), offset + 1) !== -1;
  if (
    follows(SIGNATURE.END, end) ||
    follows(SIGNATURE.END64, end) ||
    follows(SIGNATURE.END64_LOCATOR, locator ?? end)
  )
    throw new UnreadableArchive('The zip archive hides another directory after its end record.');
}

/**
 * Where the central directory starts and how many entries it claims, Zip64 included. The directory
 * must end where the end records start: jszip moves every offset by the bytes it finds between
 * them, and so would read a directory hidden there instead of this one.
 */
function directoryOf(zip: Reader): Directory {
  const end = endRecordOffset(zip);
  const directory = { count: zip.u16(end + 10), size: zip.u32(end + 12), offset: zip.u32(end + 16) };
  const zip64 =
    directory.count === SATURATED_16 || directory.size === SATURATED_32 || directory.offset === SATURATED_32;
  if (!zip64) {
    refuseHiddenEndRecords(zip, end, null);
    refuseGap(directory.offset + directory.size === end);
    return directory;
  }
  const locator = end - 20;
  if (zip.u32(locator) !== SIGNATURE.END64_LOCATOR)
    throw new UnreadableArchive('The Zip64 end record is missing.');
  refuseHiddenEndRecords(zip, end, locator);
  const end64 = zip.u64(locator + 8);
  if (zip.u32(end64) !== SIGNATURE.END64) throw new UnreadableArchive('The Zip64 end record is missing.');
  const directory64 = { count: zip.u64(end64 + 32), size: zip.u64(end64 + 40), offset: zip.u64(end64 + 48) };
  refuseGap(directory64.offset + directory64.size === end64 && end64 + 12 + zip.u64(end64 + 4) === locator);
  return directory64;
}

function refuseGap(adjacent: boolean): void {
  if (!adjacent) throw new UnreadableArchive('The zip archive holds bytes its directory does not name.');
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

function readDirectory(zip: Reader, directory: Directory, limits: ArchiveLimits): Entry[] {
  if (directory.count > limits.maxEntries) throw new ArchiveTooLarge(ArchiveLimit.ENTRIES, limits.maxEntries);
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
      modified: zip.u32(offset + 12),
      crc: zip.u32(offset + 16),
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
    if (total > limits.maxUnpackedBytes)
      throw new ArchiveTooLarge(ArchiveLimit.UNPACKED_SIZE, limits.maxUnpackedBytes);
    if (entry.unpackedSize > limits.ratioFreeBytes && entry.unpackedSize > entry.packedSize * limits.maxRatio)
      throw new ArchiveTooLarge(ArchiveLimit.RATIO, limits.maxRatio);
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

/** The bytes a local or central header shares with the other, from "version needed" on. */
function sharedHeaderFields(entry: Entry): Buffer {
  const fields = Buffer.alloc(26);
  fields.writeUInt16LE(20, 0);
  fields.writeUInt16LE(entry.flags & UTF8_NAMES, 2);
  fields.writeUInt16LE(entry.method, 4);
  fields.writeUInt32LE(entry.modified, 6);
  fields.writeUInt32LE(entry.crc, 10);
  fields.writeUInt32LE(entry.packedSize, 14);
  fields.writeUInt32LE(entry.unpackedSize, 18);
  fields.writeUInt16LE(entry.rawName.length, 22);
  return fields; // no extra field
}

/**
 * The archive written anew from what was checked: each entry's name, method, sizes and packed bytes
 * under headers written here, and nothing else (no comment, extra field, Zip64 record or data
 * descriptor). Readers disagree on which of several end records, locators or extra fields counts;
 * in this copy there is one of each, where every reader looks for it.
 */
function rebuilt(entries: Entry[], packed: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const data = packed[index] as Buffer;
    const fields = sharedHeaderFields(entry);
    const local = Buffer.alloc(4);
    local.writeUInt32LE(SIGNATURE.LOCAL);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(SIGNATURE.CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    fields.copy(central, 6);
    central.writeUInt32LE(offset, 42);
    parts.push(local, fields, entry.rawName, data);
    directory.push(central, entry.rawName);
    offset += 30 + entry.rawName.length + data.length;
  });
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIGNATURE.END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directoryBytes, end]);
}

/**
 * Refuses an archive that would unpack beyond `limits` (ArchiveTooLarge) or that a reader cannot
 * trust (UnreadableArchive), before anything unpacks it. Reads the central directory, then checks
 * each local header and unpacks each entry once, counting bytes without keeping them, so that no
 * directory can claim small sizes for a large content. Returns the copy a reader may unpack: the
 * checked entries alone, rewritten so that no reader can find anything else in it.
 */
export async function checkedArchive(file: Buffer, limits: ArchiveLimits): Promise<Buffer> {
  const zip = new Reader(file);
  const directory = directoryOf(zip);
  const entries = readDirectory(zip, directory, limits);
  checkDeclaredSizes(entries, limits);
  const packed = packedData(zip, entries, directory.offset);
  for (const [index, entry] of entries.entries()) {
    const data = packed[index] as Buffer;
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw new UnreadableArchive(`${entry.name}: packed in a way no workbook reader reads.`);
    const actual = entry.method === STORED ? data.length : await unpackedSize(data, entry.unpackedSize);
    if (actual !== entry.unpackedSize)
      throw new UnreadableArchive(`${entry.name}: unpacks to another size than its directory says.`);
  }
  return rebuilt(entries, packed);
}
