import type { Response } from 'express';
import type { GraphQLError } from 'graphql';

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

/** A JSON error in the GraphQL shape (`{ errors: [{ message, extensions: { code, … } }] }`) for plain HTTP routes. */
export function sendJsonError(
  response: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  response.status(status).json({ errors: [{ message, extensions }] });
}

/**
 * A service's GraphQLError over plain HTTP: the same code and fields, with the matching status, and
 * `Retry-After` when it says when to try again.
 */
export function sendGraphQLError(response: Response, error: GraphQLError): void {
  const { http: _http, ...extensions } = error.extensions ?? {};
  const code = String(extensions.code ?? 'BAD_USER_INPUT');
  if (typeof extensions.retryAfterSeconds === 'number')
    response.set('retry-after', String(extensions.retryAfterSeconds));
  sendJsonError(response, STATUS_BY_CODE[code] ?? 400, error.message, { ...extensions, code });
}
