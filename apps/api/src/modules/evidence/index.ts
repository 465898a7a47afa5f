import path from 'node:path';
import type { Router } from 'express';
import { defineFeature, type ServiceConfig } from '../feature.js';
import { Evidence, EvidenceFile } from './evidence.entity.js';
import { createEvidenceByLayerLoader } from './evidence.loader.js';
import { EvidenceResolver } from './evidence.resolver.js';
import { evidenceRoutes } from './evidence.routes.js';
import { EvidenceService } from './evidence.service.js';
import { type EvidenceStore, LocalEvidenceStore } from './evidence.store.js';
import { S3EvidenceStore } from './s3-evidence.store.js';

function evidenceStoreOf(config: ServiceConfig): EvidenceStore {
  const settings = config.evidenceStore;
  if (settings.kind === 's3') return new S3EvidenceStore(settings);
  return new LocalEvidenceStore(path.join(config.dataDir, 'evidence'));
}

export const feature = defineFeature({
  entities: [EvidenceFile, Evidence],
  resolvers: { admin: [EvidenceResolver] },
  services: {
    /** Also keeps the files of monitoring follow-ups. */
    evidenceStore: ({ config }): EvidenceStore => evidenceStoreOf(config),
    evidence: ({ db, services }): EvidenceService =>
      new EvidenceService(db, services.assessments, services.evidenceStore),
  },
  loaders: { evidenceByLayer: createEvidenceByLayerLoader },
  routes: {
    admin: [
      {
        path: '/admin/evidence',
        router: ({ services, viewerOf, uploads }): Router =>
          evidenceRoutes({ services, viewerOf, ...uploads }),
      },
    ],
  },
});
