import { createServer } from 'node:http';

/** What the raw server answers on a path: our API's cached response, header for header, byte for byte. */
export interface StoredAnswer {
  path: string;
  headers: Array<[string, string]>;
  bodyBase64: string;
}

export interface RawServerRequest {
  port: number;
  answers: StoredAnswer[];
}

/**
 * The wire's ceiling: a bare Node HTTP server that writes stored bytes, as fast as Node answers a
 * POST on this machine. It runs in its own process (servers.ts forks it) and says `ready` once
 * listening on loopback.
 */
process.once('message', (request: RawServerRequest) => {
  const answers = new Map(
    request.answers.map((answer) => [
      answer.path,
      { headers: answer.headers.flat(), body: Buffer.from(answer.bodyBase64, 'base64') },
    ]),
  );
  const server = createServer((req, res) => {
    const answer = answers.get(req.url ?? '');
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, answer.headers);
    res.end(answer.body);
  });
  server.listen(request.port, '127.0.0.1', () => process.send?.('ready'));
});
