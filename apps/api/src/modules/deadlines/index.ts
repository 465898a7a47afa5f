import { defineFeature } from '../feature.js';
import { createReopeningsLoader, createWindowLoader } from './window.loader.js';
import { WindowResolver } from './window.resolver.js';
import { WindowService } from './window.service.js';

export const feature = defineFeature({
  resolvers: { admin: [WindowResolver] },
  services: { windows: ({ db }): WindowService => new WindowService(db) },
  loaders: { windowByInstansiYear: createWindowLoader, reopeningsByAssessment: createReopeningsLoader },
});
