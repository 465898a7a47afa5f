import zlib from 'node:zlib';

const STORED = 0;
const DEFLATED = 8;

/** One entry of a hand-built zip: its packed bytes and what the headers say about them. */
export interface ZipEntry {
  name: string;
  /** How `packed` is packed: deflated unless said otherwise. */
  method?: typeof STORED | typeof DEFLATED;
  packed: Buffer;
  size: number;
  crc: number;
  /** What the central directory claims instead of `size`: a lie a bomb may tell. */
  declaredSize?: number;
}

export const deflatedEntry = (name: string, content: string | Buffer): ZipEntry => {
  const bytes = Buffer.from(content);
  return { name, packed: zlib.deflateRawSync(bytes), size: bytes.length, crc: zlib.crc32(bytes) };
};

export const storedEntry = (name: string, content: Buffer): ZipEntry => ({
  name,
  method: STORED,
  packed: content,
  size: content.length,
  crc: zlib.crc32(content),
});

const MIB = 1_048_576;

/**
 * An entry of `mebibytes` MiB of spaces deflated to about 1 KiB per MiB, built without ever holding
 * the whole: one MiB deflated and flushed to a byte boundary is repeated, then an empty final block.
 */
export function bombEntry(name: string, mebibytes: number): ZipEntry {
  const spaces = Buffer.alloc(MIB, 0x20);
  const block = zlib.deflateRawSync(spaces, { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  let crc = 0;
  for (let index = 0; index < mebibytes; index += 1) crc = zlib.crc32(spaces, crc);
  return {
    name,
    packed: Buffer.concat([...Array.from({ length: mebibytes }, () => block), finalEmptyBlock]),
    size: mebibytes * MIB,
    crc,
  };
}

const SATURATED = 0xffffffff;

/** The Zip64 extra field: the real sizes behind headers that say 0xFFFFFFFF. */
function zip64Extra(unpacked: number, packed: number): Buffer {
  const extra = Buffer.alloc(20);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(BigInt(unpacked), 4);
  extra.writeBigUInt64LE(BigInt(packed), 12);
  return extra;
}

/** A Zip64 extra field holding only a local header offset (the one field its header saturated). */
function zip64OffsetExtra(offset: number): Buffer {
  const extra = Buffer.alloc(12);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8, 2);
  extra.writeBigUInt64LE(BigInt(offset), 4);
  return extra;
}

interface HeaderOptions {
  zip64?: boolean;
  /** The central record's extra fields, in place of the Zip64 one `zip64` writes. */
  extra?: Buffer;
  /** The central record's own comment: room to make two directories the same length. */
  comment?: Buffer;
  /** The local header offset the central record states (0xFFFFFFFF with an `extra` that says it). */
  statedOffset?: number;
}

/** An entry's local header and name, as a writer puts them before its packed bytes. */
function localHeader(entry: ZipEntry, { zip64 = false }: HeaderOptions = {}): Buffer {
  const name = Buffer.from(entry.name);
  const size = entry.declaredSize ?? entry.size;
  const extra = zip64 ? zip64Extra(size, entry.packed.length) : Buffer.alloc(0);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(zip64 ? 45 : 20, 4);
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(entry.method ?? DEFLATED, 8);
  local.writeUInt32LE(entry.crc >>> 0, 14);
  local.writeUInt32LE(zip64 ? SATURATED : entry.packed.length, 18);
  local.writeUInt32LE(zip64 ? SATURATED : size, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(extra.length, 28);
  return Buffer.concat([local, name, extra]);
}

/** An entry's central directory record, its local header at `offset`. */
function centralRecord(entry: ZipEntry, offset: number, options: HeaderOptions = {}): Buffer {
  const { zip64 = false, comment = Buffer.alloc(0) } = options;
  const name = Buffer.from(entry.name);
  const size = entry.declaredSize ?? entry.size;
  const extra = options.extra ?? (zip64 ? zip64Extra(size, entry.packed.length) : Buffer.alloc(0));
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(zip64 ? 45 : 20, 4);
  central.writeUInt16LE(zip64 ? 45 : 20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(entry.method ?? DEFLATED, 10);
  central.writeUInt32LE(entry.crc >>> 0, 16);
  central.writeUInt32LE(zip64 ? SATURATED : entry.packed.length, 20);
  central.writeUInt32LE(zip64 ? SATURATED : size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt16LE(comment.length, 32);
  central.writeUInt32LE(options.statedOffset ?? offset, 42);
  return Buffer.concat([central, name, extra, comment]);
}

/** The classic end record; with `zip64`, every field saturated so that readers go to the Zip64 one. */
function endRecord(count: number, size: number, offset: number, zip64 = false, comment = Buffer.alloc(0)) {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(zip64 ? SATURATED : size, 12);
  end.writeUInt32LE(zip64 ? SATURATED : offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([end, comment]);
}

/** The Zip64 end record; `extensible` is the data a writer may append to it. */
function zip64EndRecord(count: number, size: number, offset: number, extensible = Buffer.alloc(0)): Buffer {
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(BigInt(44 + extensible.length), 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(size), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  return Buffer.concat([end64, extensible]);
}

function zip64Locator(end64Offset: number): Buffer {
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(end64Offset), 8);
  locator.writeUInt32LE(1, 16);
  return locator;
}

/** Local headers and packed bytes one after another, and where each entry's header starts. */
function entriesLaidOut(entries: ZipEntry[], options: HeaderOptions = {}) {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = localHeader(entry, options);
    offsets.push(offset);
    parts.push(local, entry.packed);
    offset += local.length + entry.packed.length;
  }
  return { body: Buffer.concat(parts), offsets };
}

/**
 * A zip archive as a writer lays it out: local headers and data, then the central directory. With
 * `zip64`, every size and the end record take their Zip64 form, as some writers do for any file.
 */
export function buildZip(entries: ZipEntry[], { zip64 = false } = {}): Buffer {
  const { body, offsets } = entriesLaidOut(entries, { zip64 });
  const directory = Buffer.concat(
    entries.map((entry, index) => centralRecord(entry, offsets[index] ?? 0, { zip64 })),
  );
  const count = entries.length;
  if (!zip64) return Buffer.concat([body, directory, endRecord(count, directory.length, body.length)]);
  const end64Offset = body.length + directory.length;
  return Buffer.concat([
    body,
    directory,
    zip64EndRecord(count, directory.length, body.length),
    zip64Locator(end64Offset),
    endRecord(count, directory.length, body.length, true),
  ]);
}

const CONTENT_TYPES = deflatedEntry(
  '[Content_Types].xml',
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);

/** The smallest parts an xlsx reader looks for, around a worksheet of the given bytes. */
export function xlsxWith(sheet: ZipEntry, extra: ZipEntry[] = []): Buffer {
  return buildZip([CONTENT_TYPES, sheet, ...extra]);
}

/**
 * Where a second directory hides from a guard that reads only the end record whose comment reaches
 * the end of the file, while jszip (what exceljs unzips with) finds it:
 * - `comment`: a directory and an end record inside the real end record's comment (jszip takes the
 *   last end record signature anywhere in the file);
 * - `zip64-locator`: a Zip64 locator in the comment, pointing at a Zip64 end record and a directory
 *   inside the real Zip64 end record's extensible data (jszip takes the last locator signature);
 * - `gap`: a directory between the real one and the end record (jszip moves every offset by the
 *   bytes it finds there, so it reads the directory at the real one's offset plus the gap).
 */
export type HiddenDirectory = 'comment' | 'zip64-locator' | 'gap';

/**
 * An .xlsx whose directory names harmless parts only, one of them a stored part that carries
 * `bomb` with its own local header; a second directory, hidden as `hiding` says, names the bomb.
 */
export function hiddenBomb(bomb: ZipEntry, hiding: HiddenDirectory): Buffer {
  const carried = Buffer.concat([localHeader(bomb), bomb.packed]);
  const entries = [CONTENT_TYPES, storedEntry('xl/media/image1.png', carried)];
  const { body, offsets } = entriesLaidOut(entries);
  const bombOffset = (offsets[1] ?? 0) + localHeader(entries[1] as ZipEntry).length;
  const records = entries.map((entry, index) => centralRecord(entry, offsets[index] ?? 0));
  const directory = Buffer.concat(records);
  if (hiding === 'comment') {
    const hiddenOffset = body.length + directory.length + 22;
    const hidden = centralRecord(bomb, bombOffset);
    // One byte after the hidden end record: its comment does not reach the end of the file.
    const comment = Buffer.concat([endRecordAfter(hidden, hiddenOffset), Buffer.from([0])]);
    return Buffer.concat([body, directory, endRecord(2, directory.length, body.length, false, comment)]);
  }
  if (hiding === 'zip64-locator') {
    // The real Zip64 end record's extensible data: the hidden directory, then a Zip64 end record
    // for it that ends where the real locator starts, so jszip finds no bytes missing or extra.
    const end64Offset = body.length + directory.length;
    const hidden = centralRecord(bomb, bombOffset);
    const hiddenOffset = end64Offset + 56;
    const hiddenEnd64Offset = hiddenOffset + hidden.length;
    const extensible = Buffer.concat([hidden, zip64EndRecord(1, hidden.length, hiddenOffset)]);
    const comment = Buffer.concat([zip64Locator(hiddenEnd64Offset), Buffer.from([0])]);
    return Buffer.concat([
      body,
      directory,
      zip64EndRecord(2, directory.length, body.length, extensible),
      zip64Locator(end64Offset),
      endRecord(2, directory.length, body.length, true, comment),
    ]);
  }
  // `gap`: jszip reads the directory `gap` bytes after where the end record says, and every local
  // header `gap` bytes later too; the hidden directory is as long as the real one, so it is there.
  const gap = directory.length;
  const short = centralRecord(bomb, bombOffset - gap);
  if (short.length > gap) throw new Error('the real directory must be the longer one');
  const hidden = centralRecord(bomb, bombOffset - gap, { comment: Buffer.alloc(gap - short.length, 0x20) });
  return Buffer.concat([body, directory, hidden, endRecord(2, directory.length, body.length)]);
}

/** A directory of one record at `offset`, followed by its end record. */
function endRecordAfter(record: Buffer, offset: number): Buffer {
  return Buffer.concat([record, endRecord(1, record.length, offset)]);
}

/**
 * An .xlsx whose part `xl/media/image2.bin` has two Zip64 extra fields that disagree on where its
 * local header is: the first (what the guard reads) says where its harmless bytes are, the last
 * (what jszip keeps) says where a stored part carries `bomb`. The part's packed bytes are as long
 * as the bomb's, so jszip unpacks the bomb as this part. No layout rule catches it: only handing
 * exceljs a copy rebuilt from what was checked does.
 */
export function divergentZip64Extra(bomb: ZipEntry): Buffer {
  const carried = Buffer.concat([localHeader(bomb), bomb.packed]);
  const decoy = storedBlocksEntry('xl/media/image2.bin', bomb.packed.length);
  const entries = [CONTENT_TYPES, storedEntry('xl/media/image1.png', carried), decoy];
  const { body, offsets } = entriesLaidOut(entries);
  const bombOffset = (offsets[1] ?? 0) + localHeader(entries[1] as ZipEntry).length;
  const extra = Buffer.concat([zip64OffsetExtra(offsets[2] ?? 0), zip64OffsetExtra(bombOffset)]);
  const directory = Buffer.concat([
    centralRecord(CONTENT_TYPES, offsets[0] ?? 0),
    centralRecord(entries[1] as ZipEntry, offsets[1] ?? 0),
    centralRecord(decoy, offsets[2] ?? 0, { extra, statedOffset: SATURATED }),
  ]);
  return Buffer.concat([body, directory, endRecord(3, directory.length, body.length)]);
}

/** A deflated entry of exactly `packedLength` packed bytes: zeros in deflate's stored blocks. */
function storedBlocksEntry(name: string, packedLength: number): ZipEntry {
  const blocks: Buffer[] = [];
  let left = packedLength;
  while (left > 0) {
    let length = Math.min(left - 5, 0xffff);
    // Leave at least a whole block header for what remains.
    if (left - 5 - length > 0 && left - 5 - length < 5) length -= 5;
    if (length < 0) throw new Error('too short for a stored block');
    const header = Buffer.alloc(5);
    header.writeUInt8(left - 5 - length === 0 ? 1 : 0, 0);
    header.writeUInt16LE(length, 1);
    header.writeUInt16LE(~length & 0xffff, 3);
    blocks.push(header, Buffer.alloc(length));
    left -= 5 + length;
  }
  const packed = Buffer.concat(blocks);
  const content = zlib.inflateRawSync(packed);
  return { name, packed, size: content.length, crc: zlib.crc32(content) };
}
