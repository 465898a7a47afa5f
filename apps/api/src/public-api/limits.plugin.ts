import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { type FragmentDefinitionNode, GraphQLError, Kind } from 'graphql';
import type { Context } from '../common/context.js';
import { ErrorCode } from '../common/errors.js';
import type { CostExtension } from './byte-cache.js';
import type { BucketDecision, BudgetStore } from './leaky-bucket.js';
import { measureOperation, type QueryShape } from './query-shape.js';

export interface PublicLimits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  budget: BudgetStore;
}

const format = (value: number) => value.toLocaleString('en-US');

/** What is left of the client's budget, in headers: on every answer, run or served from the cache. */
export function budgetHeaders(
  budget: BudgetStore,
  decision: BucketDecision,
  cost: number,
): [string, string][] {
  return [
    ['x-ratelimit-limit', String(budget.capacity)],
    ['x-ratelimit-remaining', String(decision.remaining)],
    ['x-ratelimit-reset', String(decision.resetSeconds)],
    ['x-query-cost', String(cost)],
  ];
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
  });
}

function fragmentsOf(context: GraphQLRequestContext<Context>): Record<string, FragmentDefinitionNode> {
  const definitions = context.document?.definitions ?? [];
  return Object.fromEntries(
    definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/** The error of a query over a limit (depth, aliases, cost per query), or null within them. */
export function limitRefusal(shape: QueryShape, limits: Omit<PublicLimits, 'budget'>): GraphQLError | null {
  if (shape.depth > limits.maxDepth) {
    return tooComplex(
      `This query nests ${shape.depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested fields, or split it in two queries.`,
    );
  }
  if (shape.aliases > limits.maxAliases) {
    return tooComplex(
      `This query uses ${shape.aliases} aliases; the limit is ${limits.maxAliases}. Use one list query with a filter instead of many aliased lookups.`,
    );
  }
  if (shape.cost > limits.maxCost) {
    return tooComplex(
      `This query could return ${format(shape.cost)} objects (its cost); the limit is ${format(limits.maxCost)} per query. Ask for smaller pages (first/last) or fewer nested lists.`,
    );
  }
  return null;
}

/** What the answer says of the query's cost and the client's budget (`extensions.cost`). */
export function costExtension(limits: PublicLimits, cost: number, decision: BucketDecision): CostExtension {
  return {
    requested: cost,
    limit: limits.maxCost,
    remaining: decision.remaining,
    budget: limits.budget.capacity,
    refillPerSecond: limits.budget.refillPerSecond,
  };
}

/**
 * Limits a journalist can read: every query is measured before it runs (depth, aliases, cost in
 * points), charged to the caller's budget (a leaky bucket by IP), and answered with what is left in
 * headers and in `extensions.cost`. Over a limit: a clear error saying how to fix the query.
 */
export function publicLimitsPlugin(limits: PublicLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: CostExtension | undefined;
      return {
        async didResolveOperation(context) {
          if (!context.operation) return;
          const shape = measureOperation(
            context.schema,
            context.operation,
            fragmentsOf(context),
            context.request.variables ?? {},
          );
          const refused = limitRefusal(shape, limits);
          if (refused) throw refused;
          const decision = limits.budget.take(context.contextValue.request.ip ?? 'unknown', shape.cost);
          for (const [name, value] of budgetHeaders(limits.budget, decision, shape.cost))
            context.response.http.headers.set(name, value);
          if (!decision.allowed) {
            throw new GraphQLError(
              `This client has ${format(decision.remaining)} points left and the query costs ${format(shape.cost)}. The budget refills at ${format(limits.budget.refillPerSecond)} points per second: retry in ${decision.retryAfterSeconds} s, or ask for less.`,
              {
                extensions: {
                  code: ErrorCode.RATE_LIMITED,
                  retryAfterSeconds: decision.retryAfterSeconds,
                  http: {
                    status: 429,
                    headers: new Map([['retry-after', String(decision.retryAfterSeconds)]]),
                  },
                },
              },
            );
          }
          cost = costExtension(limits, shape.cost, decision);
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
