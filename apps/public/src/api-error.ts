import { PublicRefusalReason } from '@zi/schema/public-enums';
import { hasGraphQLErrors, type MessageParams, placeholdersOf, type Translate } from '@zi/ui';

type Extensions = Readonly<Record<string, unknown>>;

/** The reasons the public API refuses with, which the shared dictionary says; the portal words the others. */
const REASONS: ReadonlySet<unknown> = new Set(Object.values(PublicRefusalReason));
const isReason = (value: unknown): value is PublicRefusalReason => REASONS.has(value);

/**
 * The refusal's reason in the reader's language, when the refusal carries every value its sentence
 * names as a number (a page size's `min` and `max`, a text's `max`), written as the API wrote it, so
 * a year stays "2012". The public API's refusals are all of this kind.
 */
function refusalSentence(extensions: Extensions, t: Translate): string | null {
  if (!isReason(extensions.reason)) return null;
  const key = `refusal.${extensions.reason}` as const;
  const params: MessageParams = {};
  for (const name of placeholdersOf(t(key))) {
    const value = extensions[name];
    if (typeof value !== 'number') return null;
    params[name] = String(value);
  }
  return t(key, params);
}

/**
 * A failed request in the reader's language where its kind is known: the server's own fault, too
 * many requests, no answer at all, or a refusal whose reason the reader's language says; else the
 * API's message, which names what was wrong.
 */
export function errorText(error: unknown, t: Translate): string {
  if (!hasGraphQLErrors(error)) return t('error.network');
  const extensions = error.errors[0]?.extensions ?? {};
  const code = extensions.code;
  if (code === 'INTERNAL_SERVER_ERROR') return t('error.internal');
  if (code === 'SERVICE_UNAVAILABLE') return t('error.busy');
  if (code === 'TOO_MANY_REQUESTS' || code === 'RATE_LIMITED') return t('error.rateLimited');
  const refused = refusalSentence(extensions, t);
  if (refused) return refused;
  return error instanceof Error ? error.message : t('error.internal');
}
