import type { Router } from 'express';
import { defineFeature } from '../feature.js';
import { Instansi } from './instansi.entity.js';
import { createInstansiLoader } from './instansi.loader.js';
import { instansiProjection, instansiRoots } from './instansi.projection.js';
import { InstansiPublicResolver } from './instansi.resolver.js';
import { InstansiService } from './instansi.service.js';
import { InstansiAdminResolver } from './instansi-admin.resolver.js';
import { instansiLogoRoutes } from './instansi-logo.routes.js';

export const feature = defineFeature({
  entities: [Instansi],
  resolvers: { public: [InstansiPublicResolver], admin: [InstansiAdminResolver] },
  services: { instansi: ({ db }): InstansiService => new InstansiService(db) },
  loaders: { instansi: createInstansiLoader },
  projections: { types: [instansiProjection], roots: instansiRoots },
  routes: {
    admin: [{ path: '/admin/instansi/logo', router: (deps): Router => instansiLogoRoutes(deps) }],
  },
});
