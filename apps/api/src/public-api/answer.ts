import type { HTTPGraphQLResponse } from '@apollo/server';
import type { CostExtension } from './byte-cache.js';

/** What made an answer, read after it was made: only a query's clean answer is kept or learnt from. */
export interface AnswerFacts {
  query: boolean;
  errors: boolean;
  cost: CostExtension | undefined;
}

/** An answer to a public request, by Apollo or by a compiled plan, before it is written. */
export interface Answered {
  answer: HTTPGraphQLResponse;
  facts: AnswerFacts;
}
