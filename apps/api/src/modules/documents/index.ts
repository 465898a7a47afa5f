import type { Router } from 'express';
import { defineFeature } from '../feature.js';
import { documentRoutes } from './documents.routes.js';
import { DocumentsService } from './documents.service.js';

export const feature = defineFeature({
  services: {
    documents: ({ db, services, config }): DocumentsService =>
      new DocumentsService(db, services.assessments, config.publicUrl),
  },
  routes: {
    admin: [
      {
        path: '/admin/assessments',
        router: ({ services, viewerOf }): Router => documentRoutes(services, viewerOf),
      },
    ],
  },
});
