import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import type { ErrorDetail } from '../../common/errors.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { allowedTypeNames, sniffAllowedType } from './evidence-types.js';
import type { ReceivedFile } from './stored-files.js';

/** A refused upload: always bad input, with a stable reason the portal translates. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: ErrorDetail,
    readonly field = 'files',
  ) {
    super(message);
  }
}

export interface Upload {
  fields: Record<string, string>;
  files: ReceivedFile[];
  /** Removes what is left in the temp folder; call it whatever happened. */
  cleanup(): Promise<void>;
}

const MAX_FILES = 20;

const megabytes = (bytes: number) =>
  (bytes / 1_048_576).toLocaleString('en-US', { maximumFractionDigits: 1 });
const MAX_NAME = 300;

/**
 * A file's name as kept: control characters (a NUL, which text cannot hold) removed, letters in one
 * form (NFC: macOS sends "ü" as "u" and a combining mark), and a name of blanks alone, or none,
 * replaced, since the stored name must say something.
 */
function readableName(filename: string | undefined): string {
  const readable = path
    .basename(filename ?? '')
    .replace(/\p{Cc}/gu, '')
    .normalize('NFC');
  return readable.trim().slice(0, MAX_NAME) || 'berkas';
}
/**
 * Reads a multipart upload into a temp folder, hashing each file as it streams: nothing is kept in
 * memory, an oversized file is cut off at the limit, and each type is read from the bytes.
 */
export async function receiveUpload(request: Request, tempRoot: string, maxBytes: number): Promise<Upload> {
  const folder = path.join(tempRoot, randomUUID());
  await mkdir(folder, { recursive: true });
  const cleanup = () => rm(folder, { recursive: true, force: true });
  try {
    const { fields, files } = await parse(request, folder, maxBytes);
    for (const file of files) {
      const mediaType = await sniffAllowedType(file.path);
      if (!mediaType) {
        throw new UploadError(
          415,
          `${file.name}: this kind of file is not accepted. Allowed: ${allowedTypeNames()}.`,
          { reason: RefusalReason.FILE_TYPE_NOT_ALLOWED, name: file.name, allowed: allowedTypeNames() },
        );
      }
      file.mediaType = mediaType;
    }
    return { fields, files, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

function parse(request: Request, folder: string, maxBytes: number): Promise<Omit<Upload, 'cleanup'>> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: { fileSize: maxBytes, files: MAX_FILES, fields: 20 },
        // Browsers send a file's name as raw UTF-8 in `filename="…"` (RFC 7578); busboy would read
        // those bytes as latin1 and store "Ã¼" for "ü" (see decision 0028).
        defParamCharset: 'utf8',
      });
    } catch {
      reject(
        new UploadError(400, 'Send the files as multipart/form-data.', {
          reason: RefusalReason.NOT_MULTIPART,
        }),
      );
      return;
    }
    const fields: Record<string, string> = {};
    const writes: Array<Promise<ReceivedFile>> = [];
    let failure: UploadError | undefined;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (_field, stream, info) => {
      const name = readableName(info.filename);
      const target = path.join(folder, String(writes.length));
      const hash = createHash('sha256');
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
      });
      stream.on('limit', () => {
        failure ??= new UploadError(
          413,
          `${name}: larger than the limit of ${megabytes(maxBytes)} MB per file.`,
          {
            reason: RefusalReason.FILE_TOO_LARGE,
            name,
            maxMb: megabytes(maxBytes),
          },
        );
      });
      writes.push(
        pipeline(stream, createWriteStream(target)).then(() => ({
          name,
          path: target,
          size,
          sha256: hash.digest('hex'),
          mediaType: '',
        })),
      );
    });
    parser.on('filesLimit', () => {
      failure ??= new UploadError(400, `At most ${MAX_FILES} files per upload.`, {
        reason: RefusalReason.TOO_MANY_FILES,
        max: MAX_FILES,
      });
    });
    parser.on('error', () =>
      reject(
        new UploadError(400, 'The upload was cut off or malformed.', {
          reason: RefusalReason.UPLOAD_MALFORMED,
        }),
      ),
    );
    parser.on('close', async () => {
      try {
        const files = await Promise.all(writes);
        if (failure) throw failure;
        const empty = files.find((file) => file.size === 0);
        if (empty) {
          throw new UploadError(400, `${empty.name}: the file is empty.`, {
            reason: RefusalReason.FILE_EMPTY,
            name: empty.name,
          });
        }
        if (files.length === 0)
          throw new UploadError(400, 'No file was sent.', { reason: RefusalReason.NO_FILE });
        resolve({ fields, files });
      } catch (error) {
        reject(error);
      }
    });
    request.pipe(parser);
  });
}
