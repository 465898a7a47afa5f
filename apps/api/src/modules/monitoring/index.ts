import type { Router } from 'express';
import { byIdLoader } from '../../common/dataloader.js';
import { defineFeature } from '../feature.js';
import { Finding, Recommendation } from './finding.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { FollowUpResolver } from './follow-up.resolver.js';
import { FollowUpService } from './follow-up.service.js';
import { FollowUpFile } from './follow-up-file.entity.js';
import { FollowUpFileResolver, FollowUpFilesResolver } from './follow-up-file.resolver.js';
import { followUpFileRoutes } from './follow-up-file.routes.js';
import { FollowUpFileService } from './follow-up-file.service.js';
import {
  createEarlierJudgedRoundLoader,
  createFollowUpFilesLoader,
  createFollowUpsLoader,
  createRecommendationsLoader,
} from './monitoring.loader.js';
import {
  FindingResolver,
  MonitoringProgressResolver,
  MonitoringRoundResolver,
  RecommendationResolver,
} from './monitoring.resolver.js';
import { monitoringRoutes } from './monitoring.routes.js';
import { MonitoringService } from './monitoring.service.js';
import { MonitoringProgress } from './monitoring-progress.entity.js';
import { MonitoringRound } from './monitoring-round.entity.js';

export const feature = defineFeature({
  entities: [MonitoringRound, MonitoringProgress, Finding, Recommendation, FollowUp, FollowUpFile],
  resolvers: {
    admin: [
      MonitoringRoundResolver,
      MonitoringProgressResolver,
      FindingResolver,
      RecommendationResolver,
      FollowUpResolver,
      FollowUpFilesResolver,
      FollowUpFileResolver,
    ],
  },
  services: {
    monitoring: ({ db, services }): MonitoringService => new MonitoringService(db, services.units),
    followUps: ({ db }): FollowUpService => new FollowUpService(db),
    followUpFiles: ({ db, services }): FollowUpFileService =>
      new FollowUpFileService(db, services.followUps, services.evidenceStore),
  },
  loaders: {
    monitoringRound: (dataSource) => byIdLoader(dataSource.getRepository(MonitoringRound)),
    earlierJudgedRound: createEarlierJudgedRoundLoader,
    finding: (dataSource) => byIdLoader(dataSource.getRepository(Finding)),
    recommendation: (dataSource) => byIdLoader(dataSource.getRepository(Recommendation)),
    recommendationsByFinding: createRecommendationsLoader,
    followUpsByRecommendation: createFollowUpsLoader,
    filesByFollowUp: createFollowUpFilesLoader,
  },
  routes: {
    admin: [
      {
        path: '/admin',
        router: ({ services, viewerOf, uploads }): Router =>
          followUpFileRoutes({ services, viewerOf, ...uploads }),
      },
      {
        path: '/admin/monitoring',
        router: ({ services, dataSource, viewerOf }): Router =>
          monitoringRoutes(services, dataSource, viewerOf),
      },
    ],
  },
});
