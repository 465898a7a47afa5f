import { defineFeature } from '../feature.js';
import { createPactLoader, createPactsByUnitLoader } from './pact.loader.js';
import { PactPublicResolver, UnitPactsResolver } from './pact.resolver.js';
import { PactService } from './pact.service.js';

export const feature = defineFeature({
  resolvers: { public: [PactPublicResolver, UnitPactsResolver], admin: [UnitPactsResolver] },
  services: { pacts: ({ db }): PactService => new PactService(db) },
  loaders: { pact: createPactLoader, pactsByUnit: createPactsByUnitLoader },
});
