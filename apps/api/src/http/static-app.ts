import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { type Request, type Router } from 'express';
import { type PageMeta, withMeta } from './page-meta.js';
import { precompressed } from './precompressed.js';

/** Title and description for a path, or null to serve index.html as it is. */
export type MetaFor = (pathname: string) => Promise<PageMeta | null>;

/**
 * Serves a built single-page app: hashed assets cached for a year (their precompressed copies to
 * clients that take them), every other GET answered with
 * index.html (never cached) so client-side routes survive a reload. With `metaFor`, index.html
 * carries each page's own title and description, for crawlers and link previews.
 */
export function staticApp(dir: string, metaFor?: MetaFor): Router | null {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return null;
  const router = express.Router();
  const assets = path.join(dir, 'assets');
  router.use(
    '/assets',
    precompressed(assets),
    express.static(assets, { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get('/{*path}', async (request: Request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    const meta = metaFor ? await metaFor(request.path) : null;
    if (!meta) {
      response.sendFile(index);
      return;
    }
    const url = `${request.protocol}://${request.get('host')}${request.originalUrl}`;
    response.type('html').send(withMeta(await readFile(index, 'utf8'), meta, url));
  });
  return router;
}
