import { defineFeature } from '../feature.js';
import { ActionPlanResolver } from './action-plan.resolver.js';
import { ActionPlanService } from './action-plan.service.js';

export const feature = defineFeature({
  resolvers: { admin: [ActionPlanResolver] },
  services: {
    actionPlans: ({ db, services }): ActionPlanService => new ActionPlanService(db, services.units),
  },
});
