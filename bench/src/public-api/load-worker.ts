import autocannon from 'autocannon';
import type { LoadRequest, LoadResult } from './load.js';

/**
 * The load generator, in a process of its own (load.ts forks it): a server sharing its event loop
 * with the requests it is sent would measure both at once.
 */
process.once('message', async (request: LoadRequest) => {
  const result = await autocannon({
    url: request.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    duration: request.seconds,
    connections: request.connections,
  });
  const answer: LoadResult = {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
  process.send?.(answer, () => process.exit(0));
});
