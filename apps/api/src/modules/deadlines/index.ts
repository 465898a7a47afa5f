import { defineFeature } from '../feature.js';
import { LayerReopening } from './layer-reopening.entity.js';
import { AssessmentWindow } from './window.entity.js';
import { createReopeningsLoader, createWindowLoader } from './window.loader.js';
import { ReopenableLayersResolver, WindowResolver } from './window.resolver.js';
import { WindowService } from './window.service.js';

export const feature = defineFeature({
  entities: [AssessmentWindow, LayerReopening],
  resolvers: { admin: [WindowResolver, ReopenableLayersResolver] },
  services: { windows: ({ db }): WindowService => new WindowService(db) },
  loaders: { windowByInstansiYear: createWindowLoader, reopeningsByAssessment: createReopeningsLoader },
});
