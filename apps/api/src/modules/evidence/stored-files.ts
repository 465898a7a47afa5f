import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { EvidenceFile } from './evidence.entity.js';
import { recordEvidenceFile } from './evidence.queries.js';
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
 * Puts received files' bytes in the store, once per content. Storing is safe to repeat and links
 * nothing, so it runs before the transaction that records the files: no lock waits on a bucket.
 */
export async function storeBytes(store: EvidenceStore, files: readonly ReceivedFile[]): Promise<void> {
  for (const file of files) {
    if (!(await store.has(file.sha256))) await store.put(file.sha256, file.path);
  }
}

/**
 * A stored file's `evidence_file` row, once per content whatever links to it (a worksheet question,
 * a follow-up), in the caller's transaction.
 */
export async function recordFile(manager: EntityManager, file: ReceivedFile): Promise<EvidenceFile> {
  await recordEvidenceFile(manager, { sha256: file.sha256, size: file.size, mediaType: file.mediaType });
  return manager.findOneByOrFail(EvidenceFile, { sha256: file.sha256 });
}

export async function openStoredFile(
  store: EvidenceStore,
  file: EvidenceFile,
  name: string,
): Promise<StoredDownload> {
  return { name, file, stream: await store.read(file.sha256) };
}
