import { defineFeature } from '../feature.js';
import { Pact } from './pact.entity.js';
import { createPactLoader, createPactsByUnitLoader } from './pact.loader.js';
import { pactProjection, pactRoots, unitPactsProjection } from './pact.projection.js';
import { PactPublicResolver, UnitPactsResolver } from './pact.resolver.js';
import { PactService } from './pact.service.js';

export const feature = defineFeature({
  entities: [Pact],
  resolvers: { public: [PactPublicResolver, UnitPactsResolver], admin: [UnitPactsResolver] },
  services: { pacts: ({ db }): PactService => new PactService(db) },
  loaders: { pact: createPactLoader, pactsByUnit: createPactsByUnitLoader },
  projections: { types: [pactProjection, unitPactsProjection], roots: pactRoots },
});
