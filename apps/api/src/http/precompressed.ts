import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';

/** The copies the build writes beside a file (packages/ui/vite/precompress.ts), best first. */
const CODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof CODINGS)[number]['encoding'];

/** Each file's URL path under `dir` and the codings it has a compressed copy in, read once. */
function variantsIn(dir: string): Map<string, Encoding[]> {
  const variants = new Map<string, Encoding[]>();
  if (!existsSync(dir)) return variants;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const coding = CODINGS.find(({ suffix }) => entry.name.endsWith(suffix));
    if (!entry.isFile() || !coding) continue;
    const original = path.join(entry.parentPath, entry.name.slice(0, -coding.suffix.length));
    const urlPath = `/${path.relative(dir, original).split(path.sep).join('/')}`;
    variants.set(urlPath, [...(variants.get(urlPath) ?? []), coding.encoding]);
  }
  return variants;
}

/** The q-value the client's Accept-Encoding gives a coding (RFC 9110 12.5.3): its own entry, else `*`'s, else none. */
function qualityOf(acceptEncoding: string, coding: string): number {
  let wildcard = 0;
  for (const entry of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2)) || 0;
    if (name === coding) return quality;
    if (name === '*') wildcard = quality;
  }
  return wildcard;
}

/**
 * The coding to send among a file's copies: the one the client rates highest, Brotli on a tie
 * (browsers list gzip first and rate both alike); none when it takes neither.
 */
function codingFor(acceptEncoding: string | undefined, available: readonly Encoding[]) {
  let best: (typeof CODINGS)[number] | undefined;
  let bestQuality = 0;
  for (const coding of CODINGS) {
    if (!available.includes(coding.encoding)) continue;
    const quality = qualityOf(acceptEncoding ?? '', coding.encoding);
    if (quality > bestQuality) [best, bestQuality] = [coding, quality];
  }
  return best;
}

/**
 * Sends a static file's precompressed copy when the client accepts its coding, by pointing the
 * request at the copy before `express.static` serves it, with the original's media type. Files
 * without copies pass through as they are.
 */
export function precompressed(dir: string): RequestHandler {
  const variants = variantsIn(dir);
  return (request, response, next) => {
    const available =
      request.method === 'GET' || request.method === 'HEAD' ? variants.get(request.path) : undefined;
    if (!available) return next();
    response.vary('Accept-Encoding');
    const coding = codingFor(request.headers['accept-encoding'], available);
    if (coding) {
      response.type(path.extname(request.path));
      response.setHeader('Content-Encoding', coding.encoding);
      request.url = `${request.path}${coding.suffix}`;
    }
    next();
  };
}
