import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeaders } from '../test/csrf.js';
import { createTestApp, signInAs, type TestApp } from '../test/harness.js';

/** A script long enough to be worth compressing, as the build leaves it with its two copies. */
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `kata-${i}`))};\n`;
/** A stylesheet the build left without copies. */
const STYLE = 'body{margin:0}';

let app: TestApp;
beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'zi-site-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Registri</title>');
  await writeFile(path.join(dir, 'assets', 'app.js'), SCRIPT);
  await writeFile(path.join(dir, 'assets', 'app.js.br'), brotliCompressSync(SCRIPT));
  await writeFile(path.join(dir, 'assets', 'app.js.gz'), gzipSync(SCRIPT));
  await writeFile(path.join(dir, 'assets', 'site.css'), STYLE);
  app = await createTestApp({ publicAppDir: dir });
});
afterAll(() => app.close());

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose answer is read as the bytes on the wire (fetch would decode them). */
function raw(pathname: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${app.url}${pathname}`,
      { method: body ? 'POST' : 'GET', headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const DECODERS: Record<string, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
  deflate: inflateSync,
};
const decoded = ({ headers, body }: RawAnswer) =>
  (DECODERS[headers['content-encoding'] ?? ''] ?? ((same: Buffer) => same))(body).toString();

describe('static files: the copies the build compressed', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.8', 'br'],
    ['identity', undefined],
    ['*', 'br'],
    ['br;q=0, *;q=0.1', 'gzip'],
    ['', undefined],
  ])('Accept-Encoding "%s" gets %s, as the same script', async (accept, coding) => {
    const answer = await raw('/assets/app.js', accept ? { 'accept-encoding': accept } : {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(coding);
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.headers['cache-control']).toContain('immutable');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(decoded(answer)).toBe(SCRIPT);
  });

  it('compresses a file as it is sent in a coding it has no copy in', async () => {
    const answer = await raw('/assets/app.js', { 'accept-encoding': 'deflate' });
    expect(answer.headers['content-encoding']).toBe('deflate');
    expect(decoded(answer)).toBe(SCRIPT);
  });

  it('sends a file without copies as it is, and no copy for a path that is not a file', async () => {
    const style = await raw('/assets/site.css', { 'accept-encoding': 'br' });
    expect(style.headers['content-encoding']).toBeUndefined();
    expect(style.body.toString()).toBe(STYLE);
    expect((await raw('/assets/app.js.br.js', { 'accept-encoding': 'br' })).status).toBe(404);
  });
});

describe('answers made per request', () => {
  it('compresses the admin API’s JSON for a client that takes it', async () => {
    const cookie = await signInAs(app, 'admin');
    const query = JSON.stringify({ query: '{ units(first: 100) { edges { node { id name } } } }' });
    const headers = { 'content-type': 'application/json', cookie, ...csrfHeaders };
    const plain = await raw('/admin/graphql', headers, query);
    const gzipped = await raw('/admin/graphql', { ...headers, 'accept-encoding': 'gzip' }, query);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(decoded(gzipped)).toBe(plain.body.toString());
  });
});
