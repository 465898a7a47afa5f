import type { AnswerLayer } from '@zi/schema/admin';
import { type ApiRefusal, refusalOfBody } from '../api-errors';
import { CSRF_HEADERS } from '../write-headers';

/** Where an uploaded file goes: a question of a layer, possibly replacing a file already there. */
export interface UploadTarget {
  assessmentId: string;
  layer: AnswerLayer;
  code: string;
  /** The evidence this file replaces (after submission evidence is replaced, never removed). */
  replaces?: string;
}

export type UploadOutcome =
  | { ok: true }
  /** `refusal` is the API's, with the file and the reason; null when the network failed. */
  | { ok: false; refusal: ApiRefusal | null; sessionEnded: boolean };

/** The API's reason for refusing an upload (type, size, scope), from its JSON error body. */
export function uploadFailure(status: number, body: string): UploadOutcome {
  const refusal = refusalOfBody(status, body);
  return {
    ok: false,
    refusal,
    sessionEnded: status === 401 || refusal.extensions.code === 'UNAUTHENTICATED',
  };
}

/** One file on its way, with its verdict to come. */
export interface FileUpload {
  done: Promise<UploadOutcome>;
  abort: () => void;
}

/**
 * Uploads one file with XMLHttpRequest, whose upload events tell how far it is (fetch cannot);
 * one request per file, so each file gets its own progress and its own verdict. The API's file
 * routes answer 201 with what they stored.
 */
export function uploadFile(
  url: string,
  fields: Readonly<Record<string, string>>,
  file: File,
  onProgress: (fraction: number) => void,
): FileUpload {
  const request = new XMLHttpRequest();
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('files', file, file.name);

  const done = new Promise<UploadOutcome>((resolve) => {
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () =>
      resolve(request.status === 201 ? { ok: true } : uploadFailure(request.status, request.responseText)),
    );
    request.addEventListener('error', () => resolve({ ok: false, refusal: null, sessionEnded: false }));
    request.addEventListener('abort', () => resolve({ ok: false, refusal: null, sessionEnded: false }));
  });
  request.open('POST', url);
  for (const [name, value] of Object.entries(CSRF_HEADERS)) request.setRequestHeader(name, value);
  request.send(form);
  return { done, abort: () => request.abort() };
}

export function uploadEvidence(target: UploadTarget, file: File, onProgress: (fraction: number) => void) {
  const { assessmentId, layer, code, replaces } = target;
  const fields: Record<string, string> = { assessmentId, layer, code };
  if (replaces) fields.replaces = replaces;
  return uploadFile('/admin/evidence', fields, file, onProgress);
}
