import autocannon from 'autocannon';

export interface SubmitLoad {
  url: string;
  /** The form as a phone sends it (urlencoded), the same for every respondent. */
  body: string;
  /** Submissions a second the generator holds, whatever the answers take. */
  rate: number;
  seconds: number;
  connections: number;
}

export interface SubmitResult {
  /** Submissions answered per second, and their latency percentiles (ms). */
  perSecond: number;
  p50: number;
  p99: number;
  /** Answers by status: 303 is a response taken. */
  statuses: Record<string, number>;
  errors: number;
}

/**
 * The survey's load generator, in a process of its own (survey-submit.ts forks it). Each
 * submission comes from its own phone (no cookie) and its own address (X-Forwarded-For, which the
 * API trusts from loopback as behind a reverse proxy): a counter's queue, not one client.
 */
process.once('message', async (load: SubmitLoad) => {
  let sent = 0;
  const result = await autocannon({
    url: load.url,
    duration: load.seconds,
    connections: load.connections,
    overallRate: load.rate,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: load.body,
        setupRequest: (request) => {
          sent += 1;
          const address = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
          return { ...request, headers: { ...request.headers, 'x-forwarded-for': address } };
        },
      },
    ],
  });
  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {}))
    statuses[status] = stats?.count ?? 0;
  const answer: SubmitResult = {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
    errors: result.errors + result.timeouts,
  };
  process.send?.(answer, () => process.exit(0));
});
