import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A mail as the folder mailer wrote it, its quoted-printable text decoded (RFC 2045 6.7). */
export function decodedMail(eml: string): string {
  return eml
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (bytes) => Buffer.from(bytes.replaceAll('=', ''), 'hex').toString('utf8'));
}

/** Every mail in the folder, oldest first, decoded. */
export async function mailsIn(dir: string): Promise<string[]> {
  const files = (await readdir(dir).catch(() => [])).filter((file) => file.endsWith('.eml')).sort();
  return Promise.all(files.map(async (file) => decodedMail(await readFile(path.join(dir, file), 'utf8'))));
}
