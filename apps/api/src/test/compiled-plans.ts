import { setTimeout as sleep } from 'node:timers/promises';
import { PLAN_HEADER } from '../public-api/compiled/compiled-answers.js';
import type { GraphQLResponse } from './harness.js';

/**
 * Sends a public query until its document's compiled plan answers it (decision 0047): the first
 * answer is Apollo's, and the plan is proven on it in the background. Returns Apollo's answer and
 * the compiled one, for the same variables; throws if the plan is never used.
 */
export async function untilCompiled(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  executed: GraphQLResponse;
  compiled: GraphQLResponse;
  executedText: string;
  compiledText: string;
}> {
  const send = async () => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { text, plan: response.headers.get(PLAN_HEADER), response };
  };
  const first = await send();
  if (first.plan !== 'executed') throw new Error(`the first answer was ${first.plan}, not Apollo's`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    await sleep(10);
    const next = await send();
    if (next.plan === 'compiled') {
      const parsed = (answer: typeof first): GraphQLResponse => ({
        ...(JSON.parse(answer.text) as object),
        status: answer.response.status,
        headers: answer.response.headers,
      });
      return {
        executed: parsed(first),
        compiled: parsed(next),
        executedText: first.text,
        compiledText: next.text,
      };
    }
  }
  throw new Error('the compiled plan never answered: see the log for "compiled answer differs"');
}

/** An answer's text before its per-request `extensions` (the budget left): its `data`. */
export const dataText = (answer: string) => answer.slice(0, answer.lastIndexOf(',"extensions":'));
