import express, { type Request, type Router } from 'express';
import type { GraphQLError } from 'graphql';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Services } from '../../common/services.js';
import { ArchiveTooLarge } from '../../common/zip-limits.js';
import { sendGraphQLError, sendJsonError } from '../../http/json-errors.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import type { Viewer } from '../auth/viewer.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `?layer=` of an import: the unit's answers when absent. */
function layerOf(value: unknown): AnswerLayer | null {
  if (value === undefined) return AnswerLayer.UNIT;
  return Object.values(AnswerLayer).find((layer) => layer === value) ?? null;
}

/**
 * `GET /admin/assessments/:id/lke.xlsx` exports the LKE workbook in the official template;
 * `PUT` with that workbook imports one layer's answers (`?layer=unit|tpi|review`, the unit's by
 * default), all or nothing.
 */
export function documentRoutes(
  services: Services,
  viewerOf: (request: Request) => Promise<Viewer | null>,
): Router {
  const router = express.Router();

  router.get('/:id/lke.xlsx', async (request, response) => {
    const viewer = await viewerOf(request);
    const exported = viewer
      ? await services.documents.exportXlsx(viewer, request.params.id).catch(() => null)
      : null;
    if (!exported) {
      sendJsonError(response, 404, 'No such assessment.', { code: 'NOT_FOUND' });
      return;
    }
    response
      .type(XLSX)
      .attachment(exported.name)
      .set('Cache-Control', 'private, no-store')
      .send(exported.file);
  });

  router.get('/:id/lhe.pdf', async (request, response) => {
    const viewer = await viewerOf(request);
    const report = viewer ? await services.lheReports.pdf(viewer, request.params.id).catch(() => null) : null;
    if (!report) {
      sendJsonError(response, 404, 'No such assessment.', { code: 'NOT_FOUND' });
      return;
    }
    response
      .type('application/pdf')
      .attachment(report.name)
      .set('Cache-Control', 'private, no-store')
      .send(report.file);
  });

  router.get('/:id/proposal.zip', async (request, response) => {
    const viewer = await viewerOf(request);
    const found = viewer
      ? await services.proposalPackages.download(viewer, request.params.id).catch(() => null)
      : null;
    if (!found) {
      sendJsonError(response, 404, 'No assembled proposal package for this assessment.', {
        code: 'NOT_FOUND',
      });
      return;
    }
    response
      .type('application/zip')
      .attachment(found.name)
      .set('Cache-Control', 'private, no-store')
      .send(found.file);
  });

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
