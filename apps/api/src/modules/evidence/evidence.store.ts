import { createReadStream } from 'node:fs';
import { access, copyFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Where evidence files live; content-addressed by SHA-256, so a key never changes its bytes. */
export interface EvidenceStore {
  has(sha256: string): Promise<boolean>;
  /** Moves (or copies) a verified temporary file in under its hash. */
  put(sha256: string, temporaryPath: string): Promise<void>;
  read(sha256: string): Promise<Readable>;
}

/** The default store: a folder under the data folder, never served directly over HTTP. */
export class LocalEvidenceStore implements EvidenceStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async put(sha256: string, temporaryPath: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(temporaryPath, target);
    } catch {
      await copyFile(temporaryPath, target);
    }
  }

  async read(sha256: string): Promise<Readable> {
    return createReadStream(this.pathOf(sha256));
  }
}
