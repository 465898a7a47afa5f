import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { RequestInfo } from '../../common/context.js';
import { sendGraphQLError, sendJsonError } from '../../http/json-errors.js';
import { logger } from '../../logger.js';
import type { Viewer } from '../auth/viewer.js';
import { receiveUpload, type Upload, UploadError } from './evidence.upload.js';
import type { StoredDownload } from './stored-files.js';

/** How the file routes (worksheet evidence, follow-up files) know the viewer and take uploads. */
export interface FileRoutesOptions {
  viewerOf: (request: Request) => Promise<Viewer | null>;
  tempDir: string;
  maxBytes: number;
}

const PREVIEWABLE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);

/** RFC 6266 with an RFC 5987 name, so Indonesian file names survive. */
const contentDisposition = (name: string, type: 'inline') =>
  `${type}; filename="${path.basename(name).replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(path.basename(name))}`;

export const requestInfoOf = (request: Request): RequestInfo => ({
  ip: request.ip ?? null,
  userAgent: request.get('user-agent') ?? null,
});

/** Refusals (upload rules, service rules) as JSON in the GraphQL error shape; anything else is a bug. */
function sendUploadFailure(response: Response, error: unknown): void {
  if (error instanceof UploadError) {
    sendJsonError(response, error.status, error.message, {
      code: 'BAD_USER_INPUT',
      field: error.field,
      ...error.detail,
    });
  } else if ((error as GraphQLError).extensions?.code) sendGraphQLError(response, error as GraphQLError);
  else throw error;
}

/**
 * A multipart upload by a signed-in viewer: `admit` may refuse it first; the files are received
 * and verified in a temp folder, `save` stores them and says what to answer (201), and the temp
 * folder goes whatever happened.
 */
export function uploadHandler<Params extends Record<string, string>>(
  options: FileRoutesOptions,
  save: (viewer: Viewer, upload: Upload, request: Request<Params>) => Promise<object>,
  admit?: (viewer: Viewer, request: Request<Params>) => Promise<void>,
): RequestHandler<Params> {
  return async (request, response) => {
    const viewer = await options.viewerOf(request);
    if (!viewer) {
      sendJsonError(response, 401, 'You must be logged in.', { code: 'UNAUTHENTICATED' });
      request.resume();
      return;
    }
    let upload: Upload | undefined;
    try {
      // What the address alone can refuse is refused before a byte reaches the disk.
      await admit?.(viewer, request).catch((error: unknown) => {
        request.resume();
        throw error;
      });
      upload = await receiveUpload(request, options.tempDir, options.maxBytes);
      response.status(201).json(await save(viewer, upload, request));
    } catch (error) {
      sendUploadFailure(response, error);
    } finally {
      await upload?.cleanup();
    }
  };
}

/**
 * `GET …/:id`: the file if `find` says the viewer may have it; anyone else, signed in or not, gets
 * 404 exactly as for an ID that does not exist. Served with `nosniff` and a sandboxing CSP.
 */
export function downloadHandler(
  viewerOf: FileRoutesOptions['viewerOf'],
  find: (viewer: Viewer | null, id: string) => Promise<StoredDownload | null>,
  notFoundMessage: string,
): RequestHandler<{ id: string }> {
  return async (request, response) => {
    const found = await find(await viewerOf(request), request.params.id);
    if (!found) {
      sendJsonError(response, 404, notFoundMessage, { code: 'NOT_FOUND' });
      return;
    }
    // `?inline=1` lets the browser show a PDF or an image in place (its type was read from its
    // bytes at upload); anything else, or no flag, downloads as an attachment in a sandbox.
    const inline = request.query.inline === '1' && PREVIEWABLE.has(found.file.mediaType);
    response.set({
      'Content-Type': found.file.mediaType,
      'Content-Length': String(found.file.size),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': inline
        ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
        : "default-src 'none'; sandbox",
    });
    if (inline) response.set('Content-Disposition', contentDisposition(found.name, 'inline'));
    else response.attachment(path.basename(found.name));
    // Not `pipeline`: it would destroy the response before a failure could still be answered.
    found.stream.once('error', (error) => failedDownload(response, request.params.id, error));
    found.stream.pipe(response);
  };
}

/**
 * A stored file that cannot be read (lost from the folder, the bucket failing midway) is the
 * server's fault: logged, and answered as such if nothing was sent yet, else the response is cut.
 */
function failedDownload(response: Response, id: string, error: unknown): void {
  logger.error('stored file could not be read', { id, message: (error as Error).message });
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.removeHeader('Content-Disposition');
  response.removeHeader('Content-Length');
  sendJsonError(response, 500, 'The file could not be read. It has been logged.', {
    code: 'INTERNAL_SERVER_ERROR',
  });
}
