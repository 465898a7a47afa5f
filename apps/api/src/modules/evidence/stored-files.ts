import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { EvidenceFile } from './evidence.entity.js';
import type { EvidenceStore } from './evidence.store.js';

/** A file received and verified (size, type from its bytes, SHA-256), waiting in a temp folder. */
export interface ReceivedFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
  mediaType: string;
}

/** A stored file on its way to an authorised viewer, under the name it was attached with. */
export interface StoredDownload {
  name: string;
  file: EvidenceFile;
  stream: Readable;
}

/**
 * Keeps a received file once per content, whatever links to it (a worksheet question, a
 * follow-up): its `evidence_file` row in the caller's transaction, its bytes in the store.
 */
export async function keepFile(
  manager: EntityManager,
  store: EvidenceStore,
  file: ReceivedFile,
): Promise<EvidenceFile> {
  await manager.query(
    `INSERT INTO evidence_file (sha256, size, media_type) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`,
    [file.sha256, file.size, file.mediaType],
  );
  const stored = await manager.findOneByOrFail(EvidenceFile, { sha256: file.sha256 });
  if (!(await store.has(file.sha256))) await store.put(file.sha256, file.path);
  return stored;
}

export async function openStoredFile(
  store: EvidenceStore,
  file: EvidenceFile,
  name: string,
): Promise<StoredDownload> {
  return { name, file, stream: await store.read(file.sha256) };
}
