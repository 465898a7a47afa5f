import { defineFeature } from '../feature.js';
import { NodeResolver } from './node.resolver.js';

export const feature = defineFeature({ resolvers: { public: [NodeResolver] } });
