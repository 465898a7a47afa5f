import type { Translate } from './i18n/translate';

interface GraphQLErrors {
  errors: ReadonlyArray<{ extensions?: Readonly<Record<string, unknown>> }>;
}

const hasGraphQLErrors = (error: unknown): error is GraphQLErrors =>
  typeof error === 'object' && error !== null && Array.isArray((error as GraphQLErrors).errors);

/** Whether the API answered with a GraphQL error carrying this `extensions.code`. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return hasGraphQLErrors(error) && error.errors.some((item) => item.extensions?.code === code);
}

/**
 * A failed request in the reader's language where its kind is known: the server's own fault, too
 * many requests, or no answer at all; else the API's message, which names what was wrong.
 */
export function errorText(error: unknown, t: Translate): string {
  if (!hasGraphQLErrors(error)) return t('error.network');
  const code = error.errors[0]?.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR') return t('error.internal');
  if (code === 'SERVICE_UNAVAILABLE') return t('error.busy');
  if (code === 'TOO_MANY_REQUESTS' || code === 'RATE_LIMITED') return t('error.rateLimited');
  return error instanceof Error ? error.message : t('error.internal');
}
