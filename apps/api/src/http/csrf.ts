import type { Request, RequestHandler, Response } from 'express';
import { RefusalReason } from '../common/refusal-reason.js';
import { sendJsonError } from './json-errors.js';

/**
 * The header every state-changing admin request sends, with any non-empty value. It is the one
 * Apollo Server's CSRF prevention accepts on `/admin/graphql`, so one header serves the whole
 * admin API. A cross-site form, image or `no-cors` fetch cannot set it; a script on another site
 * can only with a CORS preflight, which `/admin` never grants.
 */
export const CSRF_HEADER = 'apollo-require-preflight';

/** Apollo's other accepted header; a client of the GraphQL endpoint may already send it. */
const ALSO_ACCEPTED = 'x-apollo-operation-name';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Where Apollo's own prevention applies, as Express mounts it (relative to `/admin`). */
const GRAPHQL = /^\/graphql(\/|$)/;

/**
 * What browsers say of where a request comes from (`Sec-Fetch-Site`); older browsers and plain
 * HTTP to a non-local host send nothing, and then the header alone decides.
 */
const OWN_SITE = new Set(['same-origin', 'none']);

/**
 * Mounted on `/admin` before every route: a write (any method but GET, HEAD, OPTIONS) needs
 * `CSRF_HEADER`, and one a browser says came from another site is refused even with it. The file
 * routes read any content type (a CSV, a workbook, a multipart form), so unlike GraphQL a "non-simple"
 * content type cannot be the proof there. `/admin/graphql` keeps Apollo's own check (the same
 * headers, or a JSON body), which its JSON-only parser makes sound.
 */
export const requireCsrfHeader: RequestHandler = (request, response, next) => {
  if (SAFE_METHODS.has(request.method) || GRAPHQL.test(request.path)) return next();
  const site = request.get('sec-fetch-site');
  if (site !== undefined && !OWN_SITE.has(site)) {
    refuse(
      response,
      request,
      'A request from another site may not change anything here.',
      RefusalReason.CROSS_SITE_REQUEST,
    );
  } else if (!request.get(CSRF_HEADER) && !request.get(ALSO_ACCEPTED)) {
    refuse(
      response,
      request,
      `Send the header "${CSRF_HEADER}: true" with every request that changes something; a cross-site form cannot send it.`,
      RefusalReason.CSRF_HEADER_REQUIRED,
    );
  } else next();
};

function refuse(response: Response, request: Request, message: string, reason: RefusalReason): void {
  // Read and drop the body, so the client hears the refusal instead of a reset connection.
  request.resume();
  sendJsonError(response, 403, message, { code: 'FORBIDDEN', reason, header: CSRF_HEADER });
}

/** Whether a route's path lies where the CSRF check runs: `/admin` or below it, by whole segments. */
export const isUnderAdmin = (path: string): boolean => path === '/admin' || path.startsWith('/admin/');
