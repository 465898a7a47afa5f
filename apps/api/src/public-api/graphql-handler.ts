import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ApolloServer,
  type ApolloServerPlugin,
  HeaderMap,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { Context } from '../common/context.js';
import type { Answered, AnswerFacts } from './answer.js';
import {
  answerTemplate,
  type ByteCache,
  type CachedAnswer,
  type CostExtension,
  sharedMaxAge,
} from './byte-cache.js';
import { type CompiledAnswers, PLAN_HEADER } from './compiled/compiled-answers.js';
import { acceptsGzip, GZIP_FROM_BYTES, gzipAnswer, gzipHead } from './gzip-answer.js';
import { ABORTED, markParsed, parseJsonBody, readableHere, readJsonBody } from './json-body.js';
import type { BudgetStore } from './leaky-bucket.js';
import { budgetHeaders } from './limits.plugin.js';
import { requestKey } from './request-key.js';

/** By the request's RequestInfo: Apollo runs each operation on a shallow copy of the context. */
const answerFacts = new WeakMap<Context['request'], AnswerFacts>();

/**
 * Notes, per request, whether Apollo ran a query and answered without errors, and the cost it
 * charged. Registered after the limits plugin, whose `extensions.cost` it reads.
 */
export const answerFactsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, operation, response }) {
        if (response.body.kind !== 'single') return;
        const { errors, extensions } = response.body.singleResult;
        answerFacts.set(contextValue.request, {
          query: operation?.operation === 'query',
          errors: errors !== undefined && errors.length > 0,
          cost: extensions?.cost as CostExtension | undefined,
        });
      },
    };
  },
};

/** Connect-style middleware, as Express runs it; here also run on a request Express has not taken yet. */
export type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export interface PublicGraphQLOptions {
  apollo: ApolloServer<Context>;
  context: (request: Request, response: Response) => Context;
  budget: BudgetStore;
  /** Null: no byte cache (configured off). */
  cache: ByteCache | null;
  /** Queries answered from SQL that builds their JSON, when their plan is proven (decision 0047); null: off. */
  compiled: CompiledAnswers | null;
  /** The public data version in memory; null while it is not known (the listener is down). */
  version: () => string | null;
  /** The JSON body parser Express runs on `/graphql` before this handler. */
  json: Middleware;
  /** The headers Express's CORS middleware adds to an actual (not preflight) request. */
  corsHeaders: Record<string, string>;
  /** The client's address as Express's `request.ip` says (`trust proxy`): whose budget pays. */
  clientAddress: (request: IncomingMessage) => string | undefined;
}

/** How the answer was made, for operators and tests: `x-cache: HIT`, `MISS` or `BYPASS`. */
type CacheOutcome = 'HIT' | 'MISS' | 'BYPASS';

/** A request's lookup, made early or in Express: Express's handler does not repeat it, and stores under its key. */
interface Lookup {
  version: string;
  /** Null: not a request the cache answers. */
  key: string | null;
}
const lookups = new WeakMap<IncomingMessage, Lookup>();
/** A JSON body the early path could not read: Express answers it as its JSON parser would have. */
const bodyErrors = new WeakMap<IncomingMessage, unknown>();

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
function writeCached(
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

/** Bodies remembered at most (the map is emptied when full), and the longest one remembered. */
const REMEMBERED_BODIES = 500;
const LONGEST_REMEMBERED_BODY = 4_096;

/** `/graphql` exactly, with or without a query string: what the early path answers. */
const isGraphQLPath = (url = '') => url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');

/**
 * The public `/graphql` endpoint: a byte cache in front of Apollo (decision 0043). A read whose
 * key (request-key.ts) was answered before at the current public data version is written from
 * memory, before Express even sees the request (`answerEarly`); any other request goes through
 * Express to `handler`, which runs Apollo and keeps a query's clean answer for the next.
 * While the data version is unknown, nothing is read from or stored in the cache.
 */
export class PublicGraphQL {
  private readonly corsHeaders: readonly string[];
  /**
   * Request keys by Accept header, then by body text, for POSTs read early; bounded as
   * request-key.ts bounds its map. Two levels, so that no long key is put together per request.
   */
  private readonly keysOfBodies = new Map<string, Map<string, string>>();
  private bodiesRemembered = 0;

  constructor(private readonly options: PublicGraphQLOptions) {
    this.corsHeaders = Object.entries(options.corsHeaders).flat();
  }

  /** Whether `answerEarly` may answer this request; the early path is tried for no other. */
  mayAnswerEarly(request: IncomingMessage): boolean {
    return (
      this.options.cache !== null &&
      (request.method === 'GET' || request.method === 'POST') &&
      isGraphQLPath(request.url)
    );
  }

  /**
   * Answers a cache hit with the HTTP server's own request and response, which costs a fraction of
   * Express's routing; calls `otherwise` when it does not, and the request goes on to Express (its
   * JSON body, if read, kept). Callbacks, not promises, for the async hooks' sake (json-body.ts).
   */
  answerEarly(request: IncomingMessage, response: ServerResponse, otherwise: () => void): void {
    const version = this.options.version();
    if (version === null) {
      otherwise();
      return;
    }
    if (request.method !== 'POST') {
      if (!this.lookUp(request, response, version, this.corsHeaders)) otherwise();
      return;
    }
    if (readableHere(request)) {
      readJsonBody(request, (text) => {
        if (!this.answerPostEarly(request, response, version, text)) otherwise();
      });
      return;
    }
    this.options.json(request, response, (error) => {
      if (error) bodyErrors.set(request, error);
      else if (this.lookUp(request, response, version, this.corsHeaders)) return;
      otherwise();
    });
  }

  /**
   * A POST whose body it read itself (json-body.ts): a body seen before, byte for byte, finds its
   * key without being parsed, normalised or hashed again. Whatever is not a hit leaves the body
   * parsed for Express, or the error body-parser would have given.
   */
  private answerPostEarly(
    request: IncomingMessage,
    response: ServerResponse,
    version: string,
    text: string | null,
  ): boolean {
    if (text === null) {
      bodyErrors.set(request, ABORTED);
      return false;
    }
    const accept = request.headers.accept ?? '';
    const known = this.keysOfBodies.get(accept)?.get(text);
    if (known !== undefined && this.lookUp(request, response, version, this.corsHeaders, known)) return true;
    const parsed = parseJsonBody(text);
    if ('error' in parsed) {
      bodyErrors.set(request, parsed.error);
      return false;
    }
    markParsed(request, parsed.body);
    if (known !== undefined) return false;
    const key = requestKey(request);
    if (key !== null) this.rememberBody(accept, text, key);
    return this.lookUp(request, response, version, this.corsHeaders, key);
  }

  private rememberBody(accept: string, text: string, key: string): void {
    if (text.length > LONGEST_REMEMBERED_BODY || accept.length > LONGEST_REMEMBERED_BODY) return;
    if (this.bodiesRemembered >= REMEMBERED_BODIES) {
      this.keysOfBodies.clear();
      this.bodiesRemembered = 0;
    }
    let byText = this.keysOfBodies.get(accept);
    if (!byText) {
      byText = new Map();
      this.keysOfBodies.set(accept, byText);
    }
    byText.set(text, key);
    this.bodiesRemembered += 1;
  }

  /** Express's handler, after CORS and the JSON body. */
  readonly handler: RequestHandler = async (request, response, next) => {
    try {
      if (bodyErrors.has(request)) {
        next(bodyErrors.get(request));
        return;
      }
      const { cache } = this.options;
      const version = this.options.version();
      if (!cache || version === null) {
        await this.answer(request, response, 'BYPASS', null, version);
        return;
      }
      if (lookups.get(request)?.version !== version && this.lookUp(request, response, version, [])) return;
      const key = lookups.get(request)?.key ?? null;
      const store = key === null ? null : (answer: CachedAnswer) => cache.set(version, key, answer);
      await this.answer(request, response, 'MISS', store, version);
    } catch (error) {
      next(error);
    }
  };

  /** Looks the request up and writes the hit, with the headers Express's middleware would have set. */
  private lookUp(
    request: IncomingMessage,
    response: ServerResponse,
    version: string,
    expressHeaders: readonly string[],
    key = requestKey(request),
  ): boolean {
    const cached = key === null ? undefined : this.options.cache?.get(version, key);
    const client = cached && this.options.clientAddress(request);
    if (cached && writeCached(request, response, cached, this.options.budget, client, expressHeaders))
      return true;
    lookups.set(request, { version, key });
    return false;
  }

  /**
   * Answers from the document's compiled plan when it has a proven one, else from Apollo (which
   * then teaches the plan), and writes the answer.
   */
  private async answer(
    request: Request,
    response: Response,
    outcome: CacheOutcome,
    store: ((answer: CachedAnswer) => void) | null,
    version: string | null,
  ): Promise<void> {
    const { compiled } = this.options;
    const fast = await compiled?.answer(request, this.options.clientAddress(request));
    if (fast) {
      await writeAnswer(request, response, fast, outcome, store);
      return;
    }
    const answered = await this.runApollo(request, response);
    answered.answer.headers.set(PLAN_HEADER, 'executed');
    await writeAnswer(request, response, answered, outcome, store);
    compiled?.learn(request, answered, version);
  }

  /** Hands the request to Apollo as its Express integration does. */
  private async runApollo(request: Request, response: Response): Promise<Answered> {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const search = request.url.indexOf('?');
    const context = this.options.context(request, response);
    const answer = await this.options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method.toUpperCase(),
        headers,
        search: search < 0 ? '' : request.url.slice(search),
        body: request.body,
      },
      context: async () => context,
    });
    const facts = answerFacts.get(context.request) ?? { query: false, errors: true, cost: undefined };
    return { answer, facts };
  }
}

/** Writes an answer, keeping a query's clean answer in the cache, with its ETag and gzip variant. */
async function writeAnswer(
  request: Request,
  response: Response,
  { answer, facts }: Answered,
  outcome: CacheOutcome,
  store: ((answer: CachedAnswer) => void) | null,
): Promise<void> {
  const cached = cachedAnswerOf(
    answer,
    facts,
    store !== null || acceptsGzip(request.headers['accept-encoding']),
  );
  if (cached) {
    answer.headers.set('etag', cached.etag);
    // Whether or not this client took gzip, another may: the answer varies by it.
    if (cached.head.length + cached.tail.length >= GZIP_FROM_BYTES)
      answer.headers.set('vary', 'accept-encoding');
    store?.(cached);
  }
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.setHeader('x-cache', outcome);
  if (cached && notModified(request, cached.etag)) {
    response.removeHeader('content-type');
    response.status(304).end();
    return;
  }
  response.statusCode = answer.status ?? 200;
  const gzipped = cached && gzipFor(request, cached, Buffer.from(String(facts.cost?.remaining)));
  if (gzipped) {
    response.setHeader('content-encoding', 'gzip');
    response.send(gzipped);
    return;
  }
  if (answer.body.kind === 'complete') {
    response.send(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}
