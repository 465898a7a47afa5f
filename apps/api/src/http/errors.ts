import type { ErrorRequestHandler } from 'express';
import { BUSY, isDatabaseBusy } from '../common/errors.js';
import { logger } from '../logger.js';

/**
 * Errors raised before GraphQL runs (a malformed JSON body, a body over the limit) answered as
 * GraphQL-shaped JSON with the right status; never Express's HTML page with a stack trace.
 */
export const httpErrorHandler: ErrorRequestHandler = (error, _request, response, next) => {
  if (response.headersSent) return next(error);
  if (isDatabaseBusy(error)) {
    logger.warn('database too busy for a request', { message: error?.message });
    response
      .status(503)
      .set('retry-after', String(BUSY.extensions.retryAfterSeconds))
      .json({ errors: [BUSY] });
    return;
  }
  const status =
    typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) logger.error('unhandled HTTP error', { message: error?.message, stack: error?.stack });
  const message =
    error?.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON.'
      : error?.type === 'entity.too.large'
        ? 'The request body is too large.'
        : status === 500
          ? 'Internal server error. It has been logged.'
          : 'Bad request.';
  response.status(status).json({
    errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
  });
};
