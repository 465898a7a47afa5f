import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logger } from '../logger.js';

/** Stable error codes clients can switch on; messages are for people. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  CONFLICT: 'CONFLICT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** PostgreSQL's SQLSTATE for a unique constraint violated: the thing already exists. */
export const UNIQUE_VIOLATION = '23505';

/**
 * Why a rule refused a request, for clients to translate: a stable `reason` with the values the
 * sentence needs. The English message stays for API users.
 */
export interface ErrorDetail {
  reason: string;
  [param: string]: unknown;
}

export function badInput(field: string, message: string, detail?: ErrorDetail): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, ...detail } });
}

export function unauthenticated(message = 'You must be logged in.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = 'You are not allowed to do this.', detail?: ErrorDetail): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, ...detail } });
}

export function tooManyRequests(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds } });
}

/** An edit based on a stale version; `extensions` carry what is there now, so the UI can show both. */
export function conflict(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
}

const PASSED_CODES = new Set<string>([
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.TOO_MANY_REQUESTS,
  ErrorCode.CONFLICT,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.RATE_LIMITED,
]);

// graphql-js reports a wrong literal value (an unknown enum, a string for an Int) as a validation
// failure; for the person who typed it, it is bad input like the same value sent as a variable.
const BAD_VALUE_MESSAGE =
  /^(Value .* does not exist in .* enum|Expected value of type|Int cannot represent|Enum .* cannot represent)/;

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/** The first failing leaf of class-validator's tree, as a dotted path and its reason. */
function firstIssue(issues: ValidationIssue[], prefix = ''): { field: string; reason: string } | undefined {
  for (const issue of issues) {
    const field = `${prefix}${issue.property}`;
    const reason = Object.values(issue.constraints ?? {})[0];
    if (reason) return { field, reason };
    const nested = firstIssue(issue.children ?? [], `${field}.`);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * The last word on what leaves the API: known errors pass with their code, input validation
 * failures name the field, and anything unexpected becomes a bare INTERNAL_SERVER_ERROR (logged
 * here with its stack, never sent).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = (error as GraphQLError)?.originalError ?? error;

  // type-graphql puts the whole validation tree, input values included, in the extensions:
  // only the field and the reason may leave.
  const issues = formatted.extensions?.validationErrors as ValidationIssue[] | undefined;
  if (issues) {
    const { field, reason } = firstIssue(issues) ?? { field: 'input', reason: 'is invalid' };
    return {
      message: `${field} ${reason}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field },
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && BAD_VALUE_MESSAGE.test(formatted.message)) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (code && (PASSED_CODES.has(code) || code.startsWith('GRAPHQL_'))) {
    const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error('unexpected error', {
    message: formatted.message,
    path: formatted.path,
    stack: (original as Error)?.stack,
  });
  return {
    message: 'Internal server error. It has been logged.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
