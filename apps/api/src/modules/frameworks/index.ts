import { defineFeature } from '../feature.js';
import { StoredFramework } from './framework.entity.js';
import { FrameworkResolver } from './framework.resolver.js';

export const feature = defineFeature({
  entities: [StoredFramework],
  resolvers: { admin: [FrameworkResolver] },
});
