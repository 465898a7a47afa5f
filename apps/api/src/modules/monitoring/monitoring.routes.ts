import express, { type Request, type Router } from 'express';
import type { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { answerInReadersLanguage } from '../../common/document-language.js';
import type { Services } from '../../common/services.js';
import { sendGraphQLError, sendJsonError } from '../../http/json-errors.js';
import type { Viewer } from '../auth/viewer.js';
import { roundReport } from './monitoring-report.js';
import { roundReportPdf, roundReportXlsx } from './monitoring-report.write.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A monitoring round as documents: `GET /admin/monitoring/:roundId/report.pdf|.xlsx` for every unit
 * in the viewer's scope (the ekspose), `?unitId=` for one unit's report. An operator gets their own.
 * Written in the reader's language (`?lang=`, decision 0052).
 */
export function monitoringRoutes(
  services: Services,
  dataSource: DataSource,
  viewerOf: (request: Request) => Promise<Viewer | null>,
): Router {
  const router = express.Router();
  router.get('/:roundId/report.:format', async (request, response) => {
    const viewer = await viewerOf(request);
    const format = request.params.format;
    if (!viewer) {
      sendJsonError(response, 401, 'You must be logged in.', { code: 'UNAUTHENTICATED' });
      return;
    }
    if (format !== 'pdf' && format !== 'xlsx') {
      sendJsonError(response, 404, 'Ask for report.pdf or report.xlsx.', { code: 'NOT_FOUND' });
      return;
    }
    try {
      const unitId = typeof request.query.unitId === 'string' ? request.query.unitId : null;
      const report = await roundReport(
        dataSource,
        services.monitoring,
        viewer,
        request.params.roundId,
        unitId,
      );
      const name = `monev-${report.year}-tw${report.quarter}${unitId && report.units[0] ? `-${slug(report.units[0].name)}` : ''}`;
      response.set('Cache-Control', 'private, no-store').attachment(`${name}.${format}`);
      const language = answerInReadersLanguage(request, response);
      if (format === 'pdf') response.type('application/pdf').send(await roundReportPdf(report, language));
      else response.type(XLSX).send(await roundReportXlsx(report, language));
    } catch (error) {
      if ((error as GraphQLError).extensions?.code) sendGraphQLError(response, error as GraphQLError);
      else throw error;
    }
  });
  return router;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
