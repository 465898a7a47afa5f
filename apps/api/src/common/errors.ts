import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logger } from '../logger.js';

/** Stable error codes clients can switch on; messages are for people. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

export function unauthenticated(message = 'You must be logged in.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function tooManyRequests(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds } });
}

const PASSED_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.TOO_MANY_REQUESTS,
]);

// graphql-js reports a wrong literal value (an unknown enum, a string for an Int) as a validation
// failure; for the person who typed it, it is bad input like the same value sent as a variable.
const BAD_VALUE_MESSAGE =
  /^(Value .* does not exist in .* enum|Expected value of type|Int cannot represent|Enum .* cannot represent)/;

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
}

function validationIssues(error: unknown): ValidationIssue[] | undefined {
  const issues = (error as { validationErrors?: unknown })?.validationErrors;
  return Array.isArray(issues) ? (issues as ValidationIssue[]) : undefined;
}

/**
 * The last word on what leaves the API: known errors pass with their code, input validation
 * failures name the field, and anything unexpected becomes a bare INTERNAL_SERVER_ERROR (logged
 * here with its stack, never sent).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = (error as GraphQLError)?.originalError ?? error;

  const issues = validationIssues(original);
  if (issues) {
    const first = issues[0];
    const field = first?.property ?? 'input';
    const reason = Object.values(first?.constraints ?? {})[0] ?? 'is invalid';
    return {
      message: `${field}: ${reason}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field },
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && BAD_VALUE_MESSAGE.test(formatted.message)) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (
    code &&
    (PASSED_CODES.has(code) || code.startsWith('GRAPHQL_') || code === 'PERSISTED_QUERY_NOT_FOUND')
  ) {
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
