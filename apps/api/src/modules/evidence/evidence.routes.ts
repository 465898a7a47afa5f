import path from 'node:path';
import express, { type Request, type Router } from 'express';
import type { GraphQLError } from 'graphql';
import { fromGlobalIdOf } from '../../common/global-id.js';
import type { Services } from '../../common/services.js';
import { sendGraphQLError, sendJsonError } from '../../http/json-errors.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { receiveUpload, UploadError } from './evidence.upload.js';

export interface EvidenceRoutesOptions {
  services: Services;
  viewerOf: (request: Request) => Promise<Viewer | null>;
  tempDir: string;
  maxBytes: number;
}

const PREVIEWABLE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);

/** RFC 6266 with an RFC 5987 name, so Indonesian file names survive. */
const contentDisposition = (name: string, type: 'inline') =>
  `${type}; filename="${path.basename(name).replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(path.basename(name))}`;

const LAYERS: Record<string, AnswerLayer> = {
  UNIT: AnswerLayer.UNIT,
  TPI: AnswerLayer.TPI,
  REVIEW: AnswerLayer.REVIEW,
};

/**
 * `POST /admin/evidence` (multipart: assessmentId, layer, code, optional replaces, files) and
 * `GET /admin/evidence/:id`. Downloads pass the same scope check as the assessment; anyone else,
 * signed in or not, gets 404 as for an ID that does not exist.
 */
export function evidenceRoutes(options: EvidenceRoutesOptions): Router {
  const router = express.Router();

  router.post('/', async (request, response) => {
    const viewer = await options.viewerOf(request);
    if (!viewer) {
      sendJsonError(response, 401, 'You must be logged in.', { code: 'UNAUTHENTICATED' });
      return;
    }
    let upload: Awaited<ReturnType<typeof receiveUpload>> | undefined;
    try {
      upload = await receiveUpload(request, options.tempDir, options.maxBytes);
      const { assessmentId = '', layer = '', code = '', replaces } = upload.fields;
      const target = {
        assessmentId: fromGlobalIdOf('Assessment', assessmentId, 'assessmentId'),
        layer: LAYERS[layer] ?? AnswerLayer.UNIT,
        code,
      };
      if (!LAYERS[layer])
        throw new UploadError(400, 'layer must be UNIT, TPI or REVIEW', { reason: 'LAYER_UNKNOWN' }, 'layer');
      const added = await options.services.evidence.addFiles(viewer, target, upload.files, replaces, {
        ip: request.ip ?? null,
        userAgent: request.get('user-agent') ?? null,
      });
      response.status(201).json({
        evidence: added.map(({ id, name, code: question, downloadUrl }) => ({
          id,
          name,
          code: question,
          downloadUrl,
        })),
      });
    } catch (error) {
      if (error instanceof UploadError) {
        sendJsonError(response, error.status, error.message, {
          code: 'BAD_USER_INPUT',
          field: error.field,
          ...error.detail,
        });
      } else if ((error as GraphQLError).extensions?.code) sendGraphQLError(response, error as GraphQLError);
      else throw error;
    } finally {
      await upload?.cleanup();
    }
  });

  router.get('/:id', async (request, response) => {
    const found = await options.services.evidence.download(
      await options.viewerOf(request),
      request.params.id,
    );
    if (!found) {
      sendJsonError(response, 404, 'No such evidence.', { code: 'NOT_FOUND' });
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
    if (inline) response.set('Content-Disposition', contentDisposition(found.evidence.name, 'inline'));
    else response.attachment(path.basename(found.evidence.name));
    found.stream.pipe(response);
  });
  return router;
}
