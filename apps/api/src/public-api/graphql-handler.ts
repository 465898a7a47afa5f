import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { Context } from '../common/context.js';
import type { Answered, AnswerFacts } from './answer.js';
import { type AnswerWriting, type CacheOutcome, writeAnswer, writeCached } from './answer-writer.js';
import type { ByteCache, CachedAnswer, CostExtension } from './byte-cache.js';
import { type CompiledAnswers, PLAN_HEADER } from './compiled/compiled-answers.js';
import { ABORTED, markParsed, parseJsonBody, readableHere, readJsonBody } from './json-body.js';
import type { BudgetStore } from './leaky-bucket.js';
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
  /** Express's ETag for a body (its `etag fn`), given to answers that are not kept. */
  etagOf: (body: string) => string | undefined;
}

/** A request's lookup, made early or in Express: Express's handler does not repeat it, and stores under its key. */
interface Lookup {
  version: string;
  /** Null: not a request the cache answers. */
  key: string | null;
}
const lookups = new WeakMap<IncomingMessage, Lookup>();
/** A JSON body the early path could not read: Express answers it as its JSON parser would have. */
const bodyErrors = new WeakMap<IncomingMessage, unknown>();
/** Requests whose compiled plan was asked on the early path: Express's handler does not ask again. */
const planAsked = new WeakSet<IncomingMessage>();

/** Bodies remembered at most (the map is emptied when full), and the longest one remembered. */
const REMEMBERED_BODIES = 500;
const LONGEST_REMEMBERED_BODY = 4_096;

/** `/graphql` exactly, with or without a query string: what the early path answers. */
const isGraphQLPath = (url = '') => url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');

/**
 * The public `/graphql` endpoint: a byte cache in front of Apollo (decision 0043), and compiled
 * plans beside it (decision 0047). A read whose key (request-key.ts) was answered before at the
 * current public data version is written from memory, and a read whose document has a proven plan
 * is answered from its SQL, both before Express even sees the request (`answerEarly`, decision
 * 0058); any other request goes through Express to `handler`, which runs Apollo. A query's clean
 * answer is kept for the next. While the data version is unknown, nothing is read from or stored
 * in the cache.
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
      (this.options.cache !== null || this.options.compiled !== null) &&
      (request.method === 'GET' || request.method === 'POST') &&
      isGraphQLPath(request.url)
    );
  }

  /**
   * Answers a cache hit or a compiled read with the HTTP server's own request and response, which
   * costs a fraction of Express's routing; calls `otherwise` when it does not, and the request
   * goes on to Express (its JSON body, if read, kept). Callbacks, not promises, up to the hit, for
   * the async hooks' sake (json-body.ts).
   */
  answerEarly(request: IncomingMessage, response: ServerResponse, otherwise: () => void): void {
    const version = this.cacheVersion();
    const notAHit = () => this.answerFromPlanEarly(request, response, version, otherwise);
    if (request.method !== 'POST') {
      if (!this.lookUp(request, response, version, this.corsHeaders)) notAHit();
      return;
    }
    if (readableHere(request)) {
      readJsonBody(request, (text) => {
        if (this.answerPostEarly(request, response, version, text)) return;
        if (bodyErrors.has(request)) otherwise();
        else notAHit();
      });
      return;
    }
    this.options.json(request, response, (error) => {
      if (error) {
        bodyErrors.set(request, error);
        otherwise();
      } else if (!this.lookUp(request, response, version, this.corsHeaders)) notAHit();
    });
  }

  /** The data version answers are read and kept at; null when there is no cache or it is not known. */
  private cacheVersion(): string | null {
    return this.options.cache === null ? null : this.options.version();
  }

  /**
   * A POST whose body it read itself (json-body.ts): a body seen before, byte for byte, finds its
   * key without being parsed, normalised or hashed again. Whatever is not a hit leaves the body
   * parsed for Express, or the error body-parser would have given.
   */
  private answerPostEarly(
    request: IncomingMessage,
    response: ServerResponse,
    version: string | null,
    text: string | null,
  ): boolean {
    if (text === null) {
      bodyErrors.set(request, ABORTED);
      return false;
    }
    const accept = request.headers.accept ?? '';
    const known = version === null ? undefined : this.keysOfBodies.get(accept)?.get(text);
    if (known !== undefined && this.lookUp(request, response, version, this.corsHeaders, known)) return true;
    const parsed = parseJsonBody(text);
    if ('error' in parsed) {
      bodyErrors.set(request, parsed.error);
      return false;
    }
    markParsed(request, parsed.body);
    if (version === null || known !== undefined) return false;
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

  /**
   * Answers a read whose document has a proven plan, as Express's handler would but without
   * Express; any other request (no plan yet, a limit, the budget) goes on to Express and Apollo.
   */
  private answerFromPlanEarly(
    request: IncomingMessage,
    response: ServerResponse,
    version: string | null,
    otherwise: () => void,
  ): void {
    const { compiled } = this.options;
    if (!compiled) {
      otherwise();
      return;
    }
    planAsked.add(request);
    compiled.answer(request, this.options.clientAddress(request)).then(
      (answered) => {
        if (!answered) return otherwise();
        const writing = this.writing(request, version, this.corsHeaders);
        writeAnswer(request, response, answered, writing).catch((error) => response.destroy(error));
      },
      () => otherwise(),
    );
  }

  /** Express's handler, after CORS and the JSON body. */
  readonly handler: RequestHandler = async (request, response, next) => {
    try {
      if (bodyErrors.has(request)) {
        next(bodyErrors.get(request));
        return;
      }
      const version = this.cacheVersion();
      if (version !== null && lookups.get(request)?.version !== version) {
        if (this.lookUp(request, response, version, [])) return;
      }
      await this.answer(request, response, this.writing(request, version, []));
    } catch (error) {
      next(error);
    }
  };

  /** How this request's answer is written: kept under its key when the cache may keep it. */
  private writing(
    request: IncomingMessage,
    version: string | null,
    expressHeaders: readonly string[],
  ): AnswerWriting {
    const { cache, etagOf } = this.options;
    const outcome: CacheOutcome = version === null ? 'BYPASS' : 'MISS';
    const key = version === null ? null : (lookups.get(request)?.key ?? null);
    const store =
      cache === null || version === null || key === null
        ? null
        : (answer: CachedAnswer) => cache.set(version, key, answer);
    return { outcome, store, expressHeaders, etagOf };
  }

  /**
   * Looks the request up and writes the hit, with the headers Express's middleware would have set.
   * Nothing is looked up without a version.
   */
  private lookUp(
    request: IncomingMessage,
    response: ServerResponse,
    version: string | null,
    expressHeaders: readonly string[],
    known?: string | null,
  ): boolean {
    if (version === null) return false;
    const key = known === undefined ? requestKey(request) : known;
    const cached = key === null ? undefined : this.options.cache?.get(version, key);
    const client = cached && this.options.clientAddress(request);
    if (cached && writeCached(request, response, cached, this.options.budget, client, expressHeaders))
      return true;
    lookups.set(request, { version, key });
    return false;
  }

  /**
   * Answers from the document's compiled plan when it has a proven one (unless the early path
   * asked it already), else from Apollo (which then teaches the plan), and writes the answer.
   */
  private async answer(request: Request, response: Response, writing: AnswerWriting): Promise<void> {
    const { compiled } = this.options;
    const fast = planAsked.has(request)
      ? null
      : await compiled?.answer(request, this.options.clientAddress(request));
    if (fast) {
      await writeAnswer(request, response, fast, writing);
      return;
    }
    const versionBefore = this.options.version();
    const answered = await this.runApollo(request, response);
    answered.answer.headers.set(PLAN_HEADER, 'executed');
    await writeAnswer(request, response, answered, writing);
    compiled?.learn(request, answered, versionBefore);
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
