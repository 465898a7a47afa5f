import type { IncomingMessage } from 'node:http';

/**
 * The public endpoint's JSON body, read without body-parser where that is safe: on a cache hit
 * the parser's work (its stream decoder, content-type parsing, listeners) cost more than the
 * lookup itself (decision 0043). Only a body whose every byte is known up front is read here: a
 * declared length within the limit, UTF-8, not compressed. Any other goes to body-parser.
 */

/** body-parser's `limit` on the public endpoint. */
export const PUBLIC_JSON_LIMIT = 100 * 1024;

/** A body-parser error as Express's error handler (http/errors.ts) reads it. */
export interface BodyError {
  status: number;
  type: 'entity.parse.failed' | 'request.aborted';
  message: string;
}

/** Whether the media type is JSON, as `type-is` matches 'application/json' (any case, parameters aside). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const end = contentType.indexOf(';');
  return (end < 0 ? contentType : contentType.slice(0, end)).trim().toLowerCase() === 'application/json';
}

/** `charset=utf-8` or none: what `Buffer#toString` decodes as body-parser's iconv would. */
const UTF8_OR_NONE = /^[^;]*(;\s*charset="?utf-8"?\s*)?$/i;

/** Whether `readJsonBody` may read this request's body instead of body-parser. */
export function readableHere(request: IncomingMessage): boolean {
  const { headers } = request;
  const length = Number(headers['content-length']);
  return (
    Number.isInteger(length) &&
    length > 0 &&
    length <= PUBLIC_JSON_LIMIT &&
    headers['transfer-encoding'] === undefined &&
    (headers['content-encoding'] === undefined || headers['content-encoding'] === 'identity') &&
    isJsonMediaType(headers['content-type']) &&
    UTF8_OR_NONE.test(headers['content-type'] ?? '')
  );
}

/**
 * Hands the body as text to `done` (the byte order mark dropped, as body-parser's decoder does);
 * null if the client went away. A callback, not a promise: this is the cache hit's path, where
 * each promise also runs the process's async hooks (db.ts keeps an AsyncLocalStorage).
 */
export function readJsonBody(request: IncomingMessage, done: (text: string | null) => void): void {
  const chunks: Buffer[] = [];
  let settled = false;
  const settle = (text: string | null) => {
    if (settled) return;
    settled = true;
    done(text);
  };
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.once('end', () => {
    const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))?.toString('utf8') ?? '';
    settle(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  });
  request.once('error', () => settle(null));
  request.once('aborted', () => settle(null));
}

/** JSON's white space: space, tab, line feed, carriage return. */
const JSON_SPACE = new Set([' ', '\t', '\n', '\r']);

/** The first character that is not JSON white space: body-parser's strict mode takes only `{` and `[`. */
function firstCharacter(text: string): string | undefined {
  for (const character of text) if (!JSON_SPACE.has(character)) return character;
  return undefined;
}

/** The parsed body, or the error body-parser (strict) would give for it; nothing (a lone BOM) is `{}`. */
export function parseJsonBody(text: string): { body: unknown } | { error: BodyError } {
  if (text.length === 0) return { body: {} };
  const first = firstCharacter(text);
  const failed = { error: { status: 400, type: 'entity.parse.failed', message: 'invalid JSON' } } as const;
  if (first !== '{' && first !== '[') return failed;
  try {
    return { body: JSON.parse(text) };
  } catch {
    return failed;
  }
}

/**
 * The request as body-parser leaves it after parsing. Express's JSON middleware then skips it, as
 * it skips any request whose body has been read to the end.
 */
export function markParsed(request: IncomingMessage, body: unknown): void {
  Object.assign(request, { body });
}

/** A body that could not be read because the client went away. */
export const ABORTED: BodyError = { status: 400, type: 'request.aborted', message: 'request aborted' };
