import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLError } from 'graphql';
import { RefusalReason } from '../../common/refusal-reason.js';
import { ArchiveTooLarge, UnreadableArchive } from '../../common/zip-limits.js';
import { sendGraphQLError, sendJsonError } from '../../http/json-errors.js';
import type { Viewer } from '../auth/viewer.js';
import type { RouteDeps } from '../feature.js';
import { UnreadableSheet } from './unit-sheet.read.js';
import { unitsToCsv, unitsToXlsx } from './unit-sheet.write.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A list of 100,000 units (`MAX_IMPORT_ROWS`) is about 13 MB as CSV and 4 MB as XLSX; this leaves
 * room for longer addresses and names (decision 0032).
 */
const IMPORT_BODY_LIMIT = '32mb';

/** An import registers and edits units; the export is the import's format, for the same people. */
const REGISTRY_OPERATIONS = ['createUnit', 'updateUnit'] as const;

/**
 * The unit list as a file, for the Inspektorat: `POST /admin/units/import` with a CSV or XLSX body
 * previews (`?commit=true` saves, all rows or none); `GET /admin/units/export.csv|.xlsx` gives the
 * same format back.
 */
export function unitRoutes({
  services,
  viewerOf,
  may,
}: Pick<RouteDeps, 'services' | 'viewerOf' | 'may'>): Router {
  const router = express.Router();

  const admin = async (request: Request, response: Response): Promise<Viewer | null> => {
    const viewer = await viewerOf(request);
    if (!viewer) sendJsonError(response, 401, 'You must be logged in.', { code: 'UNAUTHENTICATED' });
    else if (!REGISTRY_OPERATIONS.every((operation) => may(operation, viewer)) || !viewer.instansiId) {
      sendJsonError(response, 403, 'Only Inspektorat staff import and export units.', { code: 'FORBIDDEN' });
    } else return viewer;
    return null;
  };

  router.post(
    '/import',
    express.raw({ type: () => true, limit: IMPORT_BODY_LIMIT }),
    async (request, response) => {
      const viewer = await admin(request, response);
      if (!viewer) return;
      const file = request.body as Buffer;
      if (!Buffer.isBuffer(file) || file.length === 0) {
        sendJsonError(response, 400, 'Send the CSV or XLSX file as the request body.', {
          code: 'BAD_USER_INPUT',
          field: 'file',
          reason: RefusalReason.NO_FILE,
        });
        return;
      }
      try {
        const report = await services.unitImport.run(viewer, file, request.query.commit === 'true', {
          ip: request.ip ?? null,
          userAgent: request.get('user-agent') ?? null,
        });
        response.status(report.problemCount > 0 && request.query.commit === 'true' ? 422 : 200).json(report);
      } catch (error) {
        if ((error as GraphQLError).extensions?.code) sendGraphQLError(response, error as GraphQLError);
        else if (error instanceof ArchiveTooLarge) sendJsonError(response, 413, error.message, error.refusal);
        else if (error instanceof UnreadableArchive || error instanceof UnreadableSheet) {
          sendJsonError(response, 400, 'The file is neither a readable CSV nor an XLSX workbook.', {
            code: 'BAD_USER_INPUT',
            field: 'file',
            reason: RefusalReason.UNREADABLE_FILE,
          });
        } else throw error;
      }
    },
  );

  router.get('/export.:format', async (request, response) => {
    const viewer = await admin(request, response);
    if (!viewer?.instansiId) return;
    const format = request.params.format;
    if (format !== 'csv' && format !== 'xlsx') {
      sendJsonError(response, 404, 'Export as export.csv or export.xlsx.', { code: 'NOT_FOUND' });
      return;
    }
    const units = await services.units.active(viewer.instansiId);
    response.set('Cache-Control', 'private, no-store').attachment(`unit-kerja.${format}`);
    if (format === 'csv') response.type('text/csv; charset=utf-8').send(`\uFEFF${unitsToCsv(units)}`);
    else response.type(XLSX).send(await unitsToXlsx(units));
  });
  return router;
}
