import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables that keep the name a file was uploaded with; evidence rows without a file are links. */
const UPLOADED_NAMES = [
  { table: 'evidence', uploaded: 'file_id IS NOT NULL' },
  { table: 'follow_up_file', uploaded: 'TRUE' },
] as const;

/** A misread name holds at least one UTF-8 lead byte read as a latin1 letter (Â to ô). */
const MAY_BE_MISREAD = '[\u00c2-\u00f4]';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** How many continuation bytes a UTF-8 lead byte announces; 0 for a byte that cannot lead. */
function continuationsAfter(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return 0;
}

const isContinuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

function decoded(sequence: Uint8Array): string | null {
  try {
    return utf8.decode(sequence);
  } catch {
    return null;
  }
}

/**
 * The name its uploader gave, when `stored` is that name's UTF-8 bytes read as latin1 (how the
 * multipart parser read them until this fix); null for a name to leave as it is.
 *
 * The parser's latin1 text then lost its control characters, among them the bytes 0x80 to 0x9F: a
 * continuation byte in that range is gone (the "–" of "Laporan – ünï" is left as a lone "â"). So
 * every byte above 0x7F must belong to a lead byte and at most as many continuation bytes as it
 * announces; a sequence cut short lost bytes no one can know, and becomes U+FFFD. A name is taken
 * as misread only if at least one sequence survived whole and valid: "Café.pdf" (a lone é, which
 * UTF-8 would have to continue) is a genuine name and stays.
 */
export function repairedName(stored: string): string | null {
  if (/[\u0100-\uffff]/.test(stored)) return null;
  const bytes = Buffer.from(stored, 'latin1');
  let repaired = '';
  let whole = 0;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      repaired += String.fromCharCode(byte);
      index += 1;
      continue;
    }
    const announced = continuationsAfter(byte);
    if (announced === 0) return null;
    let end = index + 1;
    while (end - index - 1 < announced && isContinuation(bytes[end])) end += 1;
    // A continuation byte beyond what the lead announced never comes from UTF-8.
    if (isContinuation(bytes[end])) return null;
    if (end - index - 1 === announced) {
      const character = decoded(bytes.subarray(index, end));
      if (character === null) return null;
      repaired += character;
      whole += 1;
    } else repaired += '\uFFFD';
    index = end;
  }
  return whole > 0 ? repaired.normalize('NFC') : null;
}

/**
 * Uploaded file names stored garbled ("Laporan Triwulan â Ã¼nÃ¯.pdf" for "Laporan Triwulan –
 * ünï.pdf") read back as UTF-8; see decision 0028. Audit events keep the names they were written
 * with: they are chained by hash, and rewriting them would break the chain.
 */
export class Utf8FileNames1765000000000 implements MigrationInterface {
  name = 'Utf8FileNames1765000000000';

  async up(db: QueryRunner): Promise<void> {
    for (const { table, uploaded } of UPLOADED_NAMES) {
      const rows = (await db.query(`SELECT id, name FROM ${table} WHERE ${uploaded} AND name ~ $1`, [
        MAY_BE_MISREAD,
      ])) as Array<{ id: string; name: string }>;
      const repairs = rows.flatMap(({ id, name }) => {
        const repaired = repairedName(name);
        return repaired === null || repaired === name ? [] : [{ id, name: repaired }];
      });
      if (repairs.length === 0) continue;
      await db.query(
        `UPDATE ${table} AS t SET name = r.name
         FROM unnest($1::uuid[], $2::text[]) AS r (id, name) WHERE t.id = r.id`,
        [repairs.map((repair) => repair.id), repairs.map((repair) => repair.name)],
      );
    }
  }

  /** Nothing to undo: the garbled names were a bug, not data. */
  async down(): Promise<void> {}
}
