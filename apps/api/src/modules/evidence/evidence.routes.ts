import express, { type Router } from 'express';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Services } from '../../common/services.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { downloadHandler, type FileRoutesOptions, requestInfoOf, uploadHandler } from './evidence.http.js';
import { UploadError } from './evidence.upload.js';

export interface EvidenceRoutesOptions extends FileRoutesOptions {
  services: Services;
}

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

  router.post(
    '/',
    uploadHandler(options, async (viewer, upload, request) => {
      const { assessmentId = '', layer = '', code = '', replaces } = upload.fields;
      const target = {
        assessmentId: fromGlobalIdOf('Assessment', assessmentId, 'assessmentId'),
        layer: LAYERS[layer] ?? AnswerLayer.UNIT,
        code,
      };
      if (!LAYERS[layer])
        throw new UploadError(
          400,
          'layer must be UNIT, TPI or REVIEW',
          { reason: RefusalReason.LAYER_UNKNOWN },
          'layer',
        );
      const added = await options.services.evidence.addFiles(
        viewer,
        target,
        upload.files,
        replaces,
        requestInfoOf(request),
      );
      return {
        evidence: added.map(({ id, name, code: question, downloadUrl }) => ({
          id,
          name,
          code: question,
          downloadUrl,
        })),
      };
    }),
  );

  router.get(
    '/:id',
    downloadHandler(
      options.viewerOf,
      (viewer, id) => options.services.evidence.download(viewer, id),
      'No such evidence.',
    ),
  );
  return router;
}
