import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLError } from 'graphql';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Services } from '../../common/services.js';
import { ArchiveTooLarge } from '../../common/zip-limits.js';
import { sendGraphQLError, sendJsonError } from '../../http/json-errors.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import type { Viewer } from '../auth/viewer.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A document of an assessment the viewer may read, or null. */
type FindFile = (viewer: Viewer, assessmentId: string) => Promise<{ file: Buffer; name: string } | null>;

/** `?layer=` of an import: the unit's answers when absent. */
function layerOf(value: unknown): AnswerLayer | null {
  if (value === undefined) return AnswerLayer.UNIT;
  return Object.values(AnswerLayer).find((layer) => layer === value) ?? null;
}

/**
 * `GET /admin/assessments/:id/lke.xlsx` exports the LKE workbook in the official template;
 * `PUT` with that workbook imports one layer's answers (`?layer=unit|tpi|review`, the unit's by
 * default), all or nothing. `lhe.pdf` is the evaluation report, `proposal.zip` the proposal package.
 */
export function documentRoutes(
  services: Services,
  viewerOf: (request: Request) => Promise<Viewer | null>,
): Router {
  const router = express.Router();

  /** A file of the assessment `:id`, after the viewer's scope check; 404 to anyone else, and while there is none. */
  const download =
    (type: string, find: FindFile, missing = 'No such assessment.') =>
    async (request: Request<{ id: string }>, response: Response) => {
      const viewer = await viewerOf(request);
      const found = viewer ? await find(viewer, request.params.id).catch(() => null) : null;
      if (!found) {
        sendJsonError(response, 404, missing, { code: 'NOT_FOUND' });
        return;
      }
      response.type(type).attachment(found.name).set('Cache-Control', 'private, no-store').send(found.file);
    };

  router.get(
    '/:id/lke.xlsx',
    download(XLSX, (viewer, id) => services.documents.exportXlsx(viewer, id)),
  );
  router.get(
    '/:id/lhe.pdf',
    download('application/pdf', (viewer, id) => services.lheReports.pdf(viewer, id)),
  );
  router.get(
    '/:id/proposal.zip',
    download(
      'application/zip',
      (viewer, id) => services.proposalPackages.download(viewer, id),
      'No assembled proposal package for this assessment.',
    ),
  );

  router.put('/:id/lke.xlsx', express.raw({ type: () => true, limit: '10mb' }), async (request, response) => {
    const viewer = await viewerOf(request);
    if (!viewer) {
      sendJsonError(response, 401, 'You must be logged in.', { code: 'UNAUTHENTICATED' });
      return;
    }
    try {
      const ip = request.ip ?? null;
      const layer = layerOf(request.query.layer);
      if (!layer) {
        sendJsonError(response, 400, 'layer: unit, tpi or review.', {
          code: 'BAD_USER_INPUT',
          field: 'layer',
          reason: RefusalReason.INVALID,
        });
        return;
      }
      await services.documents.importXlsx(viewer, request.params.id, layer, request.body as Buffer, {
        ip,
        userAgent: request.get('user-agent') ?? null,
      });
      response.json({ imported: true });
    } catch (error) {
      if ((error as GraphQLError).extensions?.code) sendGraphQLError(response, error as GraphQLError);
      else if (error instanceof ArchiveTooLarge) sendJsonError(response, 413, error.message, error.refusal);
      else throw error;
    }
  });
  return router;
}
