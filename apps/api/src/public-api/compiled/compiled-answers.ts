import { HeaderMap } from '@apollo/server';
import { type GraphQLSchema, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Services } from '../../common/services.js';
import { logger } from '../../logger.js';
import type { Answered } from '../answer.js';
import { budgetHeaders, costExtension, limitRefusal, type PublicLimits } from '../limits.plugin.js';
import { measureOperation } from '../query-shape.js';
import {
  type GraphQLHttpRequest,
  type GraphQLParams,
  graphQLParamsOf,
  normalisedOnce,
} from '../request-key.js';
import { OperationPlan } from './operation-plan.js';
import { type PreparedQuery, preparedQuery } from './prepared-query.js';
import type { ProjectionRegistry } from './registry.js';

export interface CompiledAnswersOptions {
  schema: GraphQLSchema;
  registry: ProjectionRegistry;
  services: Services;
  dataSource: DataSource;
  limits: PublicLimits;
  /** The public data version in memory; null while it is not known. */
  version: () => string | null;
}

/** A plan proven on one of Apollo's answers, with the headers Apollo gave the document. */
interface ProvenPlan {
  plan: OperationPlan;
  contentType: string;
  /** None when answers may not be kept (a max-age of 0). */
  cacheControl: string | undefined;
}

/** How an answer was made, for operators and tests: `compiled` (from SQL) or `executed` (by Apollo). */
export const PLAN_HEADER = 'x-graphql-plan';

/** Documents remembered at most; the map is emptied when full, as request-key.ts does. */
const REMEMBERED_PLANS = 500;

/** As Apollo writes a JSON answer (its `prettyJSONStringify`). */
const answerText = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * Public queries answered from SQL that builds their JSON, without GraphQL execution (decision
 * 0047). A document is first answered by Apollo; its plan is then run on the same variables and
 * used from the next request on only if it wrote the very same bytes. A request the plan cannot
 * answer exactly (a limit, a bad argument, the budget) goes to Apollo, which says why.
 */
export class CompiledAnswers {
  /** By document and request shape; null: the document is answered by Apollo. */
  private readonly plans = new Map<string, ProvenPlan | null>();

  private readonly query: PreparedQuery;

  constructor(private readonly options: CompiledAnswersOptions) {
    this.query = preparedQuery(options.dataSource);
  }

  /** The answer to `request` from its document's plan; null when Apollo must answer. */
  async answer(request: GraphQLHttpRequest, client: string | undefined): Promise<Answered | null> {
    const params = graphQLParamsOf(request);
    const key = params && planKey(request, params);
    const proven = key ? this.plans.get(key) : undefined;
    if (!params || !proven) return null;
    const { limits } = this.options;
    const shape = measureOperation(
      this.options.schema,
      proven.plan.operation,
      proven.plan.fragments,
      params.variables ?? {},
    );
    if (limitRefusal(shape, limits)) return null;
    const data = await this.execute(proven.plan, params).catch(() => null);
    if (!data) return null;
    const decision = limits.budget.take(client ?? 'unknown', shape.cost);
    if (!decision.allowed) return null;
    const cost = costExtension(limits, shape.cost, decision);
    const headers = new HeaderMap([
      ['content-type', proven.contentType],
      ...budgetHeaders(limits.budget, decision, shape.cost),
      [PLAN_HEADER, 'compiled'],
    ]);
    if (proven.cacheControl) headers.set('cache-control', proven.cacheControl);
    return {
      answer: {
        status: 200,
        headers,
        body: { kind: 'complete', string: answerText({ data, extensions: { cost } }) },
      },
      facts: { query: true, errors: false, cost },
    };
  }

  /**
   * Learns from Apollo's clean answer to a document not seen before: makes its plan, runs it on the
   * same variables and keeps it if the bytes are the same. `version` is the data version before
   * Apollo ran: if it has moved since, the answers may differ for that reason, and the next
   * request decides.
   */
  learn(request: GraphQLHttpRequest, { answer, facts }: Answered, version: string | null): void {
    if (!facts.query || facts.errors || !facts.cost || (answer.status ?? 200) !== 200) return;
    if (answer.body.kind !== 'complete' || version === null) return;
    const params = graphQLParamsOf(request);
    const key = params && planKey(request, params);
    if (!params?.query || !key || this.plans.has(key)) return;
    const contentType = answer.headers.get('content-type');
    const cacheControl = answer.headers.get('cache-control');
    let plan: OperationPlan;
    try {
      plan = OperationPlan.of(
        this.options.schema,
        parse(params.query),
        params.operationName,
        this.options.registry,
      );
    } catch {
      this.remember(key, null);
      return;
    }
    const expected = answer.body.string;
    const cost = facts.cost;
    void this.execute(plan, params).then(
      (data) => {
        if (this.options.version() !== version) return;
        const same = answerText({ data, extensions: { cost } }) === expected;
        if (!same)
          logger.warn('compiled answer differs from Apollo’s', { operationName: params.operationName });
        this.remember(key, same && contentType ? { plan, contentType, cacheControl } : null);
      },
      () => this.remember(key, null),
    );
  }

  private execute(plan: OperationPlan, params: GraphQLParams): Promise<Record<string, unknown>> {
    return plan.execute(params.variables, this.options.services, this.query);
  }

  private remember(key: string, plan: ProvenPlan | null): void {
    if (this.plans.size >= REMEMBERED_PLANS) this.plans.clear();
    this.plans.set(key, plan);
  }
}

/**
 * What decides a document's answer apart from its variables: the document, the operation, the
 * method and the Accept header. A request with extensions (a persisted query) is left to Apollo.
 */
function planKey(request: GraphQLHttpRequest, params: GraphQLParams): string | null {
  if (params.query === undefined || (params.extensions && Object.keys(params.extensions).length > 0))
    return null;
  return JSON.stringify([
    normalisedOnce(params.query),
    params.operationName ?? null,
    request.method,
    request.headers.accept ?? '',
  ]);
}
