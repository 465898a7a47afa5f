import express, { type Router } from 'express';
import { answerInReadersLanguage } from '../../common/document-language.js';
import { REGION_CODE } from '../../common/validation.js';
import { sendJsonError } from '../../http/json-errors.js';
import type { RouteDeps } from '../feature.js';
import { UnitKind } from '../units/unit.entity.js';
import { unitScopeOf } from '../units/unit.scope.js';
import { dashboardTables, SECTIONS, type Section, tablesToXlsx, tableToCsv } from './dashboard.export.js';
import { PortfolioDashboard } from './dashboard.types.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The files are the tables of this query, so whoever may read it may download them. */
const DASHBOARD_OPERATION = 'portfolioDashboard';

/**
 * The dashboard's tables as files: `GET /admin/dashboard/export.xlsx?year=` (one sheet per chart)
 * and `GET /admin/dashboard/<section>.csv?year=`; `kind` and `regionCode` narrow as on screen, and
 * `lang` chooses the language (decision 0052).
 */
export function dashboardRoutes({
  services,
  dataSource,
  viewerOf,
  may,
}: Pick<RouteDeps, 'services' | 'dataSource' | 'viewerOf' | 'may'>): Router {
  const router = express.Router();
  router.get('/:name.:format', async (request, response) => {
    const viewer = await viewerOf(request);
    if (!viewer) {
      sendJsonError(response, 401, 'You must be logged in.', { code: 'UNAUTHENTICATED' });
      return;
    }
    if (!may(DASHBOARD_OPERATION, viewer)) {
      sendJsonError(response, 403, 'The dashboard is for the Inspektorat and its evaluators.', {
        code: 'FORBIDDEN',
      });
      return;
    }
    const { name, format } = request.params;
    const sections: readonly Section[] | null =
      name === 'export' && format === 'xlsx'
        ? SECTIONS
        : format === 'csv' && (SECTIONS as readonly string[]).includes(name)
          ? [name as Section]
          : null;
    if (!sections) {
      sendJsonError(response, 404, `Ask for export.xlsx or one of ${SECTIONS.join(', ')} as .csv.`, {
        code: 'NOT_FOUND',
      });
      return;
    }
    const year = Number(request.query.year);
    // The portal passes GraphQL's enum names (SCHOOL); stored values are lowercase.
    const kind =
      typeof request.query.kind === 'string' ? request.query.kind.toLowerCase() : request.query.kind;
    const regionCode = request.query.regionCode;
    const badKind = kind !== undefined && !(Object.values(UnitKind) as unknown[]).includes(kind);
    const badRegion =
      regionCode !== undefined && !(typeof regionCode === 'string' && REGION_CODE.test(regionCode));
    if (!Number.isInteger(year) || year < 2012 || year > 2100 || badKind || badRegion) {
      const field = badKind ? 'kind' : badRegion ? 'regionCode' : 'year';
      sendJsonError(response, 400, `${field} is missing or invalid`, { code: 'BAD_USER_INPUT', field });
      return;
    }
    const dashboard = Object.assign(new PortfolioDashboard(), {
      year,
      scope: unitScopeOf(viewer),
      filter: {
        kind: (kind as UnitKind | undefined) ?? null,
        regionCode: (regionCode as string | undefined) ?? null,
      },
    });
    const language = answerInReadersLanguage(request, response);
    const tables = await dashboardTables(services.dashboard, dataSource, dashboard, sections, language);
    response.set('Cache-Control', 'private, no-store').attachment(`dasbor-${year}-${name}.${format}`);
    if (format === 'csv')
      response.type('text/csv; charset=utf-8').send(`\uFEFF${tableToCsv(tables[0] as never)}`);
    else response.type(XLSX).send(await tablesToXlsx(tables));
  });
  return router;
}
