import type { Router } from 'express';
import { defineFeature } from '../feature.js';
import { openDataRoutes } from './open-data.routes.js';
import { OpenDataService } from './open-data.service.js';

export const feature = defineFeature({
  services: { openData: ({ db }): OpenDataService => new OpenDataService(db) },
  routes: {
    public: [
      {
        path: '/open-data',
        router: ({ services, dataSource, dataDir }): Router =>
          openDataRoutes(services.openData, dataSource, dataDir),
      },
    ],
  },
});
