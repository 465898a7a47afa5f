import { hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** What the cache needs of an HTTP request: Express's, or any other. */
export interface GraphQLHttpRequest {
  method?: string;
  /** The path and query string, as sent. */
  url?: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body of a POST. */
  body?: unknown;
}

export interface GraphQLParams {
  query: string | undefined;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  extensions: Record<string, unknown> | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/** A field that may be absent or null, else must pass `check`; `false` when it fails. */
function optional<T>(value: unknown, check: (value: unknown) => value is T): T | undefined | false {
  if (value === undefined || value === null) return undefined;
  return check(value) ? value : false;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function paramsOfPost(body: unknown): GraphQLParams | null {
  if (!isRecord(body)) return null;
  const query = optional(body.query, isString);
  const operationName = optional(body.operationName, isString);
  const variables = optional(body.variables, isRecord);
  const extensions = optional(body.extensions, isRecord);
  if (query === false || operationName === false || variables === false || extensions === false) return null;
  return { query, operationName, variables, extensions };
}

function jsonRecord(raw: string | undefined | false): Record<string, unknown> | undefined | false {
  if (raw === undefined || raw === false) return raw;
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) ? value : false;
  } catch {
    return false;
  }
}

function paramsOfGet(url: string, contentType: string | undefined): GraphQLParams | null {
  // Apollo refuses a GET with another content type (415): such a request is never answered from the cache.
  if (contentType !== undefined && contentType.split(';')[0]?.trim().toLowerCase() !== 'application/json')
    return null;
  const search = new URLSearchParams(url.slice(url.indexOf('?') + 1 || url.length));
  const once = (name: string) => {
    const values = search.getAll(name);
    return values.length > 1 ? false : values[0];
  };
  const query = once('query');
  const operationName = once('operationName');
  const variables = jsonRecord(once('variables'));
  const extensions = jsonRecord(once('extensions'));
  if (query === false || operationName === false || variables === false || extensions === false) return null;
  return { query, operationName, variables, extensions };
}

/**
 * Punctuators: a space next to one separates nothing. A lone `.` is left out, so that `. ..` never
 * becomes `...`; the spread `...` counts (more dots next to it are an error either way).
 */
const PUNCTUATORS = new Set([...'!$&():=@[]{}|'].map((char) => char.charCodeAt(0)));
/** White space, line terminators, the comma and the byte order mark: GraphQL's ignored characters. */
const IGNORED = new Set([...' \t\n\r,\uFEFF'].map((char) => char.charCodeAt(0)));
const HASH = 0x23;
const QUOTE = 0x22;

/** Where a run of characters that are neither ignored, a comment nor a string ends. */
function runEnd(source: string, start: number): number {
  let end = start + 1;
  while (end < source.length) {
    const code = source.charCodeAt(end);
    if (IGNORED.has(code) || code === HASH || code === QUOTE) break;
    end += 1;
  }
  return end;
}

/**
 * The document with GraphQL's ignored tokens (white space, commas, comments) reduced to one space
 * where two words meet, strings kept as written: two documents that normalise alike are the same
 * tokens, so they have the same answer. A lexer walk, much cheaper than parsing.
 */
export function normaliseDocument(source: string): string {
  let out = '';
  let pendingSpace = false;
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (IGNORED.has(code)) {
      pendingSpace = true;
      i += 1;
    } else if (code === HASH) {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
      pendingSpace = true;
    } else {
      const end = code === QUOTE ? stringEnd(source, i) : runEnd(source, i);
      const separates =
        out.length > 0 &&
        !PUNCTUATORS.has(out.charCodeAt(out.length - 1)) &&
        !out.endsWith('...') &&
        !PUNCTUATORS.has(code) &&
        !source.startsWith('...', i);
      if (pendingSpace && separates) out += ' ';
      pendingSpace = false;
      out += source.slice(i, end);
      i = end;
    }
  }
  return out;
}

/** Where the string starting at `start` ends (after its closing quotes); the end of the source if never closed. */
function stringEnd(source: string, start: number): number {
  if (source.startsWith('"""', start)) {
    let i = start + 3;
    while (i < source.length) {
      if (source.startsWith('\\"""', i)) i += 4;
      else if (source.startsWith('"""', i)) return i + 3;
      else i += 1;
    }
    return source.length;
  }
  let i = start + 1;
  while (i < source.length && source[i] !== '"' && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, source.length);
}

/**
 * Normalised documents by their text: clients send the same few documents again and again, and a
 * map lookup costs a fraction of the walk. Bounded (short documents, emptied when full).
 */
const normalised = new Map<string, string>();
const REMEMBERED_DOCUMENTS = 500;
const LONGEST_REMEMBERED = 4_096;

export function normalisedOnce(document: string): string {
  const known = normalised.get(document);
  if (known !== undefined) return known;
  const result = normaliseDocument(document);
  if (document.length <= LONGEST_REMEMBERED) {
    if (normalised.size >= REMEMBERED_DOCUMENTS) normalised.clear();
    normalised.set(document, result);
  }
  return result;
}

/** JSON with every object's keys sorted: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The document, operation name, variables and extensions of a request Apollo would take as it is;
 * null for any other (a batch, a field of the wrong type, another method).
 */
export function graphQLParamsOf(request: GraphQLHttpRequest): GraphQLParams | null {
  const params =
    request.method === 'GET'
      ? paramsOfGet(request.url ?? '', request.headers['content-type'])
      : request.method === 'POST'
        ? paramsOfPost(request.body)
        : null;
  if (!params || (params.query === undefined && params.extensions === undefined)) return null;
  return params;
}

/**
 * The cache key of a GraphQL read: a SHA-256 of the normalised document (or, for a persisted query
 * sent without one, its hash in the extensions), the operation name, the variables and extensions
 * in canonical JSON, and the Accept header (it decides the content type). Null when the request is
 * not one Apollo would take as it is (a batch, a field of the wrong type, another method): such a
 * request is never answered from the cache, and Apollo says what is wrong with it.
 */
export function requestKey(request: GraphQLHttpRequest): string | null {
  const params = graphQLParamsOf(request);
  if (!params) return null;
  let material: string;
  try {
    material = JSON.stringify([
      params.query === undefined ? null : normalisedOnce(params.query),
      params.operationName ?? null,
      canonicalJson(params.variables ?? {}),
      canonicalJson(params.extensions ?? {}),
      request.headers.accept ?? '',
    ]);
  } catch {
    return null; // variables nested deeper than the stack: Apollo says what it makes of them
  }
  return hash('sha256', material, 'base64url');
}
