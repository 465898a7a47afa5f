import { defineFeature } from '../feature.js';
import { createPactLoader, createPactsByUnitLoader } from './pact.loader.js';
import { PactPublicResolver } from './pact.resolver.js';
import { PactService } from './pact.service.js';

export const feature = defineFeature({
  resolvers: { public: [PactPublicResolver] },
  services: { pacts: ({ db }): PactService => new PactService(db) },
  loaders: { pact: createPactLoader, pactsByUnit: createPactsByUnitLoader },
});
