import { defineFeature } from '../feature.js';
import {
  CoachingCoverageResolver,
  DashboardResolver,
  GapRowResolver,
  HeatmapRowResolver,
  IncompleteScoreResolver,
  RiskRowResolver,
} from './dashboard.resolver.js';
import { dashboardRoutes } from './dashboard.routes.js';
import { DashboardService } from './dashboard.service.js';

export const feature = defineFeature({
  resolvers: {
    admin: [
      DashboardResolver,
      HeatmapRowResolver,
      GapRowResolver,
      RiskRowResolver,
      IncompleteScoreResolver,
      CoachingCoverageResolver,
    ],
  },
  services: { dashboard: ({ db }): DashboardService => new DashboardService(db) },
  routes: {
    admin: [{ path: '/admin/dashboard', router: dashboardRoutes }],
  },
});
