import { getMetadataStorage } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logger } from '../logger.js';
import { RefusalReason } from './refusal-reason.js';

/** Stable error codes clients can switch on; messages are for people. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  CONFLICT: 'CONFLICT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The server was too busy to finish in time; nothing was changed and the request may be retried. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** PostgreSQL's SQLSTATE for a unique constraint violated: the thing already exists. */
export const UNIQUE_VIOLATION = '23505';

/**
 * Why a rule refused a request, for clients to translate: a stable `reason` with the values the
 * sentence needs. The English message stays for API users.
 */
export interface ErrorDetail {
  reason: RefusalReason;
  [param: string]: unknown;
}

export function badInput(field: string, message: string, detail: ErrorDetail): GraphQLError {
  return new GraphQLError(message, { extensions: { field, ...detail, code: ErrorCode.BAD_USER_INPUT } });
}

/** An ID that names nothing the viewer may see: to them, it does not exist. */
export function notFound(field: string, what: string, scope = 'your scope'): GraphQLError {
  return badInput(field, `${field}: no ${what} with this ID in ${scope}`, {
    reason: RefusalReason.NOT_FOUND,
  });
}

export function unauthenticated(message = 'You must be logged in.', detail?: ErrorDetail): GraphQLError {
  return new GraphQLError(message, { extensions: { ...detail, code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = 'You are not allowed to do this.', detail?: ErrorDetail): GraphQLError {
  return new GraphQLError(message, { extensions: { ...detail, code: ErrorCode.FORBIDDEN } });
}

export function tooManyRequests(
  message: string,
  retryAfterSeconds: number,
  detail?: ErrorDetail,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { retryAfterSeconds, ...detail, code: ErrorCode.TOO_MANY_REQUESTS },
  });
}

// node-postgres's pool gives up waiting for a free connection with this message (no code).
const POOL_TIMEOUT_MESSAGE = 'timeout exceeded when trying to connect';
// PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout.
const QUERY_CANCELED = '57014';
// A session PostgreSQL ended (idle_in_transaction_session_timeout, a restart): node-postgres drops
// the connection and TypeORM refuses further queries on the transaction's runner with this error.
const CONNECTION_LOST = new Set(['QueryRunnerProviderAlreadyReleasedError']);
// connection_exception, connection_does_not_exist, connection_failure, admin_shutdown,
// crash_shutdown, cannot_connect_now. Not 08P01 (protocol_violation): a bad statement, not the server.
const CONNECTION_LOST_CODES = new Set(['08000', '08003', '08006', '57P01', '57P02', '57P03']);
const BUSY_RETRY_SECONDS = 5;

/**
 * The database could not serve the request in time: no free connection within the pool's wait, a
 * statement past its timeout, or a session ended under the request (an idle transaction past its
 * timeout). PostgreSQL rolled the transaction back, so nothing was changed.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const cause = error as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    driverError?: { code?: unknown };
  } | null;
  const code = String(cause?.code ?? cause?.driverError?.code ?? '');
  return (
    cause?.message === POOL_TIMEOUT_MESSAGE ||
    code === QUERY_CANCELED ||
    CONNECTION_LOST_CODES.has(code) ||
    CONNECTION_LOST.has(String(cause?.name))
  );
}

/** What a client is told when the database was too busy: retry soon; nothing was saved. */
export const BUSY = {
  message: 'The server is too busy to finish this request now. Nothing was changed; try again in a moment.',
  extensions: {
    code: ErrorCode.SERVICE_UNAVAILABLE,
    reason: RefusalReason.BUSY,
    retryAfterSeconds: BUSY_RETRY_SECONDS,
  },
} as const;

/**
 * Work done before GraphQL runs (reading the session, the cache key) that may find the database
 * too busy: such a failure becomes a 503 that says so, instead of Apollo's bare 500.
 */
export async function busyAs503<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    throw new GraphQLError(BUSY.message, {
      extensions: {
        ...BUSY.extensions,
        http: { status: 503, headers: new Map([['retry-after', String(BUSY_RETRY_SECONDS)]]) },
      },
    });
  }
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
  ErrorCode.SERVICE_UNAVAILABLE,
]);

// graphql-js reports a wrong literal value (an unknown enum, a string for an Int) as a validation
// failure; for the person who typed it, it is bad input like the same value sent as a variable.
const BAD_VALUE_MESSAGE =
  /^(Value .* does not exist in .* enum|Expected value of type|Int cannot represent|Enum .* cannot represent)/;

interface ValidationIssue {
  property: string;
  target?: object;
  value?: unknown;
  constraints?: Record<string, string>;
  contexts?: Record<string, { reason?: RefusalReason }>;
  children?: ValidationIssue[];
}

interface FailedConstraint {
  field: string;
  message: string;
  detail: ErrorDetail;
}

/** The values a decorator was given (`@MaxText(200)` gives [200]), read back from class-validator. */
function constraintValues(issue: ValidationIssue, name: string): unknown[] {
  if (!issue.target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(issue.target.constructor, '', true, false)
    .find((item) => item.propertyName === issue.property && item.name === name);
  return metadata?.constraints ?? [];
}

const isShorterThan = (value: unknown, min: unknown) =>
  typeof min === 'number' && (typeof value !== 'string' || value.length < min);
const shortDetail = (min: unknown): ErrorDetail =>
  typeof min === 'number' && min > 1
    ? { reason: RefusalReason.TOO_SHORT, min }
    : { reason: RefusalReason.REQUIRED };

/**
 * class-validator's constraints as stable reasons with the values their sentences need, so a client
 * can say "at most 200 characters" in its user's language.
 */
const CONSTRAINT_DETAILS: Record<string, (values: unknown[], value: unknown) => ErrorDetail> = {
  isLength: ([min, max], value) =>
    isShorterThan(value, min) ? shortDetail(min) : { reason: RefusalReason.TOO_LONG, max },
  minLength: ([min]) => shortDetail(min),
  maxLength: ([max]) => ({ reason: RefusalReason.TOO_LONG, max }),
  arrayMinSize: ([min]) => ({ reason: RefusalReason.TOO_FEW_ITEMS, min }),
  arrayMaxSize: ([max]) => ({ reason: RefusalReason.TOO_MANY_ITEMS, max }),
  min: ([min]) => ({ reason: RefusalReason.BELOW_MINIMUM, min }),
  max: ([max]) => ({ reason: RefusalReason.ABOVE_MAXIMUM, max }),
  isInt: () => ({ reason: RefusalReason.NOT_A_WHOLE_NUMBER }),
  isEmail: () => ({ reason: RefusalReason.NOT_AN_EMAIL }),
  isUrl: () => ({ reason: RefusalReason.NOT_A_WEB_LINK }),
};

function failedConstraint(issue: ValidationIssue, field: string): FailedConstraint | undefined {
  const [name, message] = Object.entries(issue.constraints ?? {})[0] ?? [];
  if (!name || !message) return undefined;
  const contextReason = issue.contexts?.[name]?.reason;
  const detail = contextReason
    ? { reason: contextReason }
    : (CONSTRAINT_DETAILS[name]?.(constraintValues(issue, name), issue.value) ?? {
        reason: RefusalReason.INVALID,
      });
  // class-validator's own messages begin with the property ("year must be an integer number").
  const rule = message.startsWith(`${issue.property} `) ? message.slice(issue.property.length + 1) : message;
  return { field, message: rule, detail };
}

/** The first failing leaf of class-validator's tree, with its dotted path. */
function firstFailure(issues: ValidationIssue[], prefix = ''): FailedConstraint | undefined {
  for (const issue of issues) {
    const field = `${prefix}${issue.property}`;
    const failure = failedConstraint(issue, field) ?? firstFailure(issue.children ?? [], `${field}.`);
    if (failure) return failure;
  }
  return undefined;
}

// graphql-js: `Variable "$input" got invalid value 123 at "input.password"; String cannot …`.
const MISSING_FIELD = /Field "(\w+)" of required type/;
const VARIABLE_PATH = /^Variable "\$(\w+)"[\s\S]*?(?: at "\w+\.([^"]+)")?(?:;|$)/;

/**
 * A variable of the wrong type, as graphql-js reports it, names the value sent: a password, say.
 * Only the field and a reason may leave.
 */
function wrongTypedVariable(message: string): GraphQLFormattedError {
  const [, variable = 'input', inner] = VARIABLE_PATH.exec(message) ?? [];
  const missing = MISSING_FIELD.exec(message)?.[1];
  const path = inner?.replace(/\[(\d+)\]/g, '.$1');
  const field = [path, missing].filter(Boolean).join('.') || variable;
  return {
    message: `${field} has a value of the wrong type or shape`,
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason: RefusalReason.INVALID },
  };
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
  // only the field, the reason and the rule's own values may leave.
  const issues = formatted.extensions?.validationErrors as ValidationIssue[] | undefined;
  if (issues) {
    const { field, message, detail } = firstFailure(issues) ?? {
      field: 'input',
      message: 'is invalid',
      detail: { reason: RefusalReason.INVALID },
    };
    return {
      message: `${field} ${message}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, ...detail },
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && BAD_VALUE_MESSAGE.test(formatted.message)) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: RefusalReason.INVALID } };
  }
  if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.reason) {
    return { ...wrongTypedVariable(formatted.message), locations: formatted.locations, path: formatted.path };
  }
  if (code && (PASSED_CODES.has(code) || code.startsWith('GRAPHQL_'))) {
    const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isDatabaseBusy(original)) {
    logger.warn('database too busy for a request', { message: formatted.message, path: formatted.path });
    return { ...BUSY, path: formatted.path };
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

/**
 * An enum value as the GraphQL schema names it (`ON_TRACK`), for an error's extensions: clients read
 * extensions as the schema's words, not the database's (`on_track`).
 */
export function graphqlEnumName<E extends Record<string, string>>(values: E, value: string): string | null {
  return Object.entries(values).find(([, stored]) => stored === value)?.[0] ?? null;
}
