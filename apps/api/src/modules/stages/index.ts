import { defineFeature } from '../feature.js';
import { StageEvent } from './stage-event.entity.js';
import { createTimelineLoader } from './stage-event.loader.js';
import { stageEventProjection } from './stage-event.projection.js';

export const feature = defineFeature({
  entities: [StageEvent],
  loaders: { timelineByUnit: createTimelineLoader },
  projections: { types: [stageEventProjection] },
});
