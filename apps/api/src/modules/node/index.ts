import { defineFeature } from '../feature.js';
import { nodeRoots } from './node.projection.js';
import { NodeResolver } from './node.resolver.js';

export const feature = defineFeature({
  resolvers: { public: [NodeResolver] },
  projections: { roots: nodeRoots },
});
