import { request } from 'node:http';

export interface Answer {
  status: number;
  /** As sent, names in their case, in order. */
  headers: Array<[string, string]>;
  body: Buffer;
}

/**
 * POSTs a JSON body with node:http, as autocannon does: no Accept-Encoding, so the bytes are those
 * the load generator gets (fetch would ask for compression and unpack it).
 */
export function postJson(url: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: Array<[string, string]> = [];
          for (let index = 0; index < response.rawHeaders.length; index += 2) {
            headers.push([response.rawHeaders[index] as string, response.rawHeaders[index + 1] as string]);
          }
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/** The answer's GraphQL result; throws on an HTTP error or a GraphQL error, which the bench would measure instead. */
export function graphqlData(answer: Answer, what: string): unknown {
  const result = JSON.parse(answer.body.toString('utf8')) as { data?: unknown; errors?: unknown };
  if (answer.status !== 200 || result.errors || !result.data) {
    throw new Error(`${what} answered ${answer.status}: ${answer.body.toString('utf8').slice(0, 500)}`);
  }
  return result.data;
}
