import { defineFeature } from '../feature.js';
import { createTimelineLoader } from './stage-event.loader.js';

export const feature = defineFeature({ loaders: { timelineByUnit: createTimelineLoader } });
