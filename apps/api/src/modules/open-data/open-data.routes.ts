import cors from 'cors';
import express, { type Request, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { atomFeed, latestChanges } from './atom.js';
import type { OpenDataService } from './open-data.service.js';

const siteUrlOf = (request: Request) => `${request.protocol}://${request.get('host')}`;

/**
 * `/open-data/index.json` (manifest, license, dictionary, checksums), one CSV per dataset,
 * `registry.json`, `SHA256SUMS`, and `feed.atom`. Open to every origin; revalidated by ETag.
 */
export function openDataRoutes(openData: OpenDataService, dataSource: DataSource): Router {
  const router = express.Router();
  router.use(cors({ origin: '*', methods: ['GET', 'HEAD'] }));

  router.get('/', (_request, response) => response.redirect(302, '/open-data/index.json'));

  router.get('/feed.atom', async (request, response) => {
    const feed = atomFeed(await latestChanges(dataSource), siteUrlOf(request));
    response
      .type('application/atom+xml; charset=utf-8')
      .set('Cache-Control', 'public, max-age=300')
      .send(feed);
  });

  router.get('/:name', async (request, response) => {
    const snapshot = await openData.snapshot();
    const file = snapshot.files.get(request.params.name);
    if (!file) {
      response.status(404).json({ error: `No file "${request.params.name}". See /open-data/index.json.` });
      return;
    }
    response.set({
      'Content-Type': file.mediaType,
      'Cache-Control': 'public, max-age=300',
      ETag: `"${file.sha256}"`,
      'X-Data-Version': snapshot.version,
    });
    if (file.name.endsWith('.csv')) {
      response.attachment(`zona-integritas-${file.name.replace('.csv', '')}-v${snapshot.version}.csv`);
    }
    const known = (request.get('if-none-match') ?? '').split(',').map((tag) => tag.trim());
    if (known.includes(`"${file.sha256}"`) || known.includes('*')) {
      response.status(304).end();
      return;
    }
    response.send(file.body);
  });
  return router;
}
