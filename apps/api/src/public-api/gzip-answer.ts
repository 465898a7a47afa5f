import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Answers smaller than this are sent as they are: gzip's framing would eat most of the gain. */
export const GZIP_FROM_BYTES = 1_024;

/** An answer's head, deflated once when it is stored. */
export interface GzipHead {
  /** Raw deflate of the head, ended by a sync flush: byte-aligned, so more blocks may follow. */
  deflated: Buffer;
  crc: number;
  length: number;
}

/** ID1, ID2, deflate, no flags, no time, no extra flags, unknown OS (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
/** A stored (uncompressed) deflate block holds at most this many bytes. */
const STORED_BLOCK_MAX = 0xffff;

export function gzipHead(head: Buffer): GzipHead {
  return {
    deflated: deflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH }),
    crc: crc32(head),
    length: head.length,
  };
}

/**
 * A gzip member of the head and the `rest` of an answer: the head as deflated when stored, the few
 * bytes that follow (the client's remaining budget, the end of the JSON) as one final stored block,
 * then the checksum of it all. Costs a concatenation, not a compression; null if the rest is too long.
 */
export function gzipAnswer(head: GzipHead, rest: readonly Buffer[]): Buffer | null {
  const restLength = rest.reduce((sum, part) => sum + part.length, 0);
  if (restLength > STORED_BLOCK_MAX) return null;
  // BFINAL = 1, BTYPE = 00 (stored), then LEN and its one's complement, little-endian.
  const block = Buffer.from([
    0x01,
    restLength & 0xff,
    restLength >> 8,
    ~restLength & 0xff,
    (~restLength >> 8) & 0xff,
  ]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(
    rest.reduce((crc, part) => crc32(part, crc), head.crc),
    0,
  );
  trailer.writeUInt32LE((head.length + restLength) % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, head.deflated, block, ...rest, trailer]);
}

/** Whether `Accept-Encoding` takes gzip (`gzip`, `x-gzip` or `*` with a weight above 0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let anyCoding = false;
  for (const entry of acceptEncoding.toLowerCase().split(',')) {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') return accepted;
    if (coding === '*') anyCoding = accepted;
  }
  return anyCoding;
}
