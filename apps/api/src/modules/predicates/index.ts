import { defineFeature } from '../feature.js';
import { createPredicatesLoader } from './predicate.loader.js';

export const feature = defineFeature({ loaders: { predicatesByUnit: createPredicatesLoader } });
