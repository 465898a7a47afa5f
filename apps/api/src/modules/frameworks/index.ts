import { defineFeature } from '../feature.js';
import { FrameworkResolver } from './framework.resolver.js';

export const feature = defineFeature({ resolvers: { admin: [FrameworkResolver] } });
