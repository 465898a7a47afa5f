import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPGraphQLResponse } from '@apollo/server';
import type { Answered, AnswerFacts } from './answer.js';
import { answerTemplate, type CachedAnswer, sharedMaxAge } from './byte-cache.js';
import { acceptsGzip, GZIP_FROM_BYTES, gzipAnswer, gzipHead } from './gzip-answer.js';
import type { BudgetStore } from './leaky-bucket.js';
import { budgetHeaders } from './limits.plugin.js';

/**
 * A GET whose `If-None-Match` names this ETag (weak comparison). A request's `no-cache` does not
 * stop the 304: it asks caches on the way to revalidate, and this is the origin revalidating.
 */
function notModified(request: IncomingMessage, etag: string): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (request.method !== 'GET' || !ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === opaque);
}

/**
 * Writes a stored answer without parsing, validating or running anything: charges its cost to the
 * client's budget, writes the remaining budget into the body, answers 304 to a matching ETag.
 * False when the budget refuses: then Apollo answers, with the 429 it always gives.
 */
export function writeCached(
  request: IncomingMessage,
  response: ServerResponse,
  answer: CachedAnswer,
  budget: BudgetStore,
  client: string | undefined,
  extraHeaders: readonly string[],
): boolean {
  const decision = budget.take(client ?? 'unknown', answer.cost);
  if (!decision.allowed) return false;
  // A flat name, value list: Node writes it as it is, where an object is first copied header by header.
  const headers = [
    ...extraHeaders,
    'cache-control',
    answer.cacheControl,
    'etag',
    answer.etag,
    'age',
    String(Math.max(0, Math.round((Date.now() - answer.storedAt) / 1000))),
    'x-cache',
    'HIT',
  ];
  for (const [name, value] of budgetHeaders(budget, decision, answer.cost)) headers.push(name, value);
  if (answer.gzip) headers.push('vary', 'accept-encoding');
  if (notModified(request, answer.etag)) {
    response.writeHead(304, headers).end();
    return true;
  }
  const remaining = Buffer.from(String(decision.remaining));
  const gzipped = gzipFor(request, answer, remaining);
  if (gzipped) {
    headers.push('content-encoding', 'gzip', 'content-type', answer.contentType);
    headers.push('content-length', String(gzipped.length));
    response.writeHead(200, headers).end(gzipped);
    return true;
  }
  // The stored parts as they are, around the remaining budget: no copy of the body per hit. Node
  // sends the headers and the three parts in one write.
  const length = answer.head.length + remaining.length + answer.tail.length;
  headers.push('content-type', answer.contentType, 'content-length', String(length));
  response.writeHead(200, headers);
  response.cork();
  response.write(answer.head);
  response.write(remaining);
  response.end(answer.tail);
  return true;
}

/** The answer gzipped with this remaining budget, if it has a gzip variant and the client takes it. */
function gzipFor(request: IncomingMessage, answer: CachedAnswer, remaining: Buffer): Buffer | null {
  if (!answer.gzip || !acceptsGzip(request.headers['accept-encoding'])) return null;
  return gzipAnswer(answer.gzip, [remaining, answer.tail]);
}

/**
 * The answer as a cache entry, if it is a query's clean, publicly cacheable answer. Its gzip
 * variant is made only when `gzip` says someone will use it (it is stored, or this client takes
 * gzip): deflating every answer cost each request for clients that take none.
 */
function cachedAnswerOf(
  answer: HTTPGraphQLResponse,
  facts: AnswerFacts | undefined,
  gzip: boolean,
): CachedAnswer | null {
  if (answer.body.kind !== 'complete' || (answer.status ?? 200) !== 200) return null;
  if (!facts?.query || facts.errors || !facts.cost) return null;
  const contentType = answer.headers.get('content-type');
  const cacheControl = answer.headers.get('cache-control');
  const maxAge = sharedMaxAge(cacheControl);
  if (!contentType || !cacheControl || maxAge === 0) return null;
  const body = Buffer.from(answer.body.string);
  const template = answerTemplate(body, facts.cost);
  if (!template) return null;
  const storedAt = Date.now();
  return {
    ...template,
    gzip: gzip && body.length >= GZIP_FROM_BYTES ? gzipHead(template.head) : null,
    cost: facts.cost.requested,
    contentType,
    cacheControl,
    storedAt,
    expiresAt: storedAt + maxAge * 1000,
  };
}

/** How an answer was made, for operators and tests: `x-cache: HIT`, `MISS` or `BYPASS`. */
export type CacheOutcome = 'HIT' | 'MISS' | 'BYPASS';

/** What decides how a made answer is written, besides the answer itself. */
export interface AnswerWriting {
  outcome: CacheOutcome;
  /** Keeps a query's clean answer; null when it is not kept (no cache, no key). */
  store: ((answer: CachedAnswer) => void) | null;
  /** Headers Express's middleware would have set (a flat name, value list): none when Express ran. */
  expressHeaders: readonly string[];
  /** Express's ETag for a body (its `etag fn`), for an answer that is not kept. */
  etagOf: (body: string) => string | undefined;
}

/**
 * Writes an answer made by Apollo or a compiled plan, with the server's own response: Express's
 * or, on the early path, one Express never saw, with the same headers either way. A query's clean
 * answer is kept in the cache with its ETag and gzip variant; any other gets the ETag Express's
 * `send` would give it. A matching `If-None-Match` gets a 304, by the rule `notModified` states.
 */
export async function writeAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  { answer, facts }: Answered,
  { outcome, store, expressHeaders, etagOf }: AnswerWriting,
): Promise<void> {
  const cached = cachedAnswerOf(
    answer,
    facts,
    store !== null || acceptsGzip(request.headers['accept-encoding']),
  );
  const headers = [...expressHeaders];
  for (const [name, value] of answer.headers) headers.push(name, value);
  const etag = cached?.etag ?? (answer.body.kind === 'complete' ? etagOf(answer.body.string) : undefined);
  if (etag) headers.push('etag', etag);
  // Whether or not this client took gzip, another may: the answer varies by it.
  if (cached && cached.head.length + cached.tail.length >= GZIP_FROM_BYTES)
    headers.push('vary', 'accept-encoding');
  if (cached) store?.(cached);
  headers.push('x-cache', outcome);
  if (etag && notModified(request, etag)) {
    response.writeHead(304, withoutContentType(headers)).end();
    return;
  }
  const status = answer.status ?? 200;
  const gzipped = cached && gzipFor(request, cached, Buffer.from(String(facts.cost?.remaining)));
  const body = gzipped || (answer.body.kind === 'complete' ? Buffer.from(answer.body.string) : null);
  if (gzipped) headers.push('content-encoding', 'gzip');
  if (body) {
    headers.push('content-length', String(body.length));
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  response.writeHead(status, headers);
  if (answer.body.kind === 'chunked')
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

/** A flat header list less its content type: a 304 has no body to type. */
function withoutContentType(headers: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i] as string;
    if (name.toLowerCase() !== 'content-type') kept.push(name, headers[i + 1] as string);
  }
  return kept;
}
