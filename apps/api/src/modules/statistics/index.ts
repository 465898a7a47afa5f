import { defineFeature } from '../feature.js';
import { InstansiStatisticsResolver, StatisticsResolver } from './statistics.resolver.js';
import { StatisticsService } from './statistics.service.js';

export const feature = defineFeature({
  resolvers: { public: [StatisticsResolver, InstansiStatisticsResolver] },
  services: { statistics: ({ db }): StatisticsService => new StatisticsService(db) },
});
