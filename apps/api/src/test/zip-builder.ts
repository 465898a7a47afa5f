import zlib from 'node:zlib';

/** One entry of a hand-built zip: its deflated bytes and what the headers say about them. */
export interface ZipEntry {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
  /** What the central directory claims instead of `size`: a lie a bomb may tell. */
  declaredSize?: number;
}

export const deflatedEntry = (name: string, content: string | Buffer): ZipEntry => {
  const bytes = Buffer.from(content);
  return { name, deflated: zlib.deflateRawSync(bytes), size: bytes.length, crc: zlib.crc32(bytes) };
};

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
    deflated: Buffer.concat([...Array.from({ length: mebibytes }, () => block), finalEmptyBlock]),
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

/**
 * A zip archive as a writer lays it out: local headers and data, then the central directory. With
 * `zip64`, every size and the end record take their Zip64 form, as some writers do for any file.
 */
export function buildZip(entries: ZipEntry[], { zip64 = false } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? entry.size;
    const extra = zip64 ? zip64Extra(size, entry.deflated.length) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(zip64 ? SATURATED : entry.deflated.length, 18);
    local.writeUInt32LE(zip64 ? SATURATED : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(zip64 ? SATURATED : entry.deflated.length, 20);
    central.writeUInt32LE(zip64 ? SATURATED : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, entry.deflated);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  return Buffer.concat([
    ...locals,
    directory,
    ...endRecords(entries.length, directory.length, offset, zip64),
  ]);
}

function endRecords(count: number, size: number, offset: number, zip64: boolean): Buffer[] {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(zip64 ? SATURATED : size, 12);
  end.writeUInt32LE(zip64 ? SATURATED : offset, 16);
  if (!zip64) return [end];
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(size), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + size), 8);
  locator.writeUInt32LE(1, 16);
  return [end64, locator, end];
}

/** The smallest parts an xlsx reader looks for, around a worksheet of the given bytes. */
export function xlsxWith(sheet: ZipEntry, extra: ZipEntry[] = []): Buffer {
  return buildZip([
    deflatedEntry(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    sheet,
    ...extra,
  ]);
}
