import { defineFeature } from '../feature.js';
import { Predicate } from './predicate.entity.js';
import { createPredicatesLoader } from './predicate.loader.js';
import { predicateProjection } from './predicate.projection.js';

export const feature = defineFeature({
  entities: [Predicate],
  loaders: { predicatesByUnit: createPredicatesLoader },
  projections: { types: [predicateProjection] },
});
