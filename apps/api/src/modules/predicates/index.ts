import { defineFeature } from '../feature.js';
import { Predicate } from './predicate.entity.js';
import { createPredicatesLoader } from './predicate.loader.js';

export const feature = defineFeature({
  entities: [Predicate],
  loaders: { predicatesByUnit: createPredicatesLoader },
});
