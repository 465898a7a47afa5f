import { createHash } from 'node:crypto';
import cors from 'cors';
import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { readLatestCheckpoint } from '../audit/checkpoints.js';
import { atomFeed, latestChanges } from './atom.js';
import type { OpenDataService } from './open-data.service.js';

const siteUrlOf = (request: Request) => `${request.protocol}://${request.get('host')}`;

/** Answers 304 when the client already holds `sha256`; true when it did. */
function notModified(request: Request, response: Response, sha256: string): boolean {
  const known = (request.get('if-none-match') ?? '').split(',').map((tag) => tag.trim());
  if (!known.includes(`"${sha256}"`) && !known.includes('*')) return false;
  response.status(304).end();
  return true;
}

/**
 * `/open-data/index.json` (manifest, license, dictionary, checksums), one CSV per dataset,
 * `registry.json`, `SHA256SUMS`, `feed.atom`, and `audit-checkpoint.json`, the newest signed
 * checkpoint of the audit log (decision 0029). Open to every origin; revalidated by ETag.
 */
export function openDataRoutes(openData: OpenDataService, dataSource: DataSource, dataDir: string): Router {
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

  // Third parties who keep a copy are what makes a cut of the log's newest events detectable.
  router.get('/audit-checkpoint.json', async (request, response) => {
    const checkpoint = await readLatestCheckpoint(dataDir);
    if (!checkpoint) {
      response.status(404).json({ error: 'No audit checkpoint yet: the API writes one every few minutes.' });
      return;
    }
    const sha256 = createHash('sha256').update(checkpoint).digest('hex');
    response.set({ 'Cache-Control': 'public, max-age=60', ETag: `"${sha256}"` });
    if (notModified(request, response, sha256)) return;
    response.type('application/json').send(checkpoint);
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
    if (notModified(request, response, file.sha256)) return;
    response.send(file.body);
  });
  return router;
}
