import { defineFeature } from '../feature.js';
import { ActionPlanResolver } from './action-plan.resolver.js';
import { ActionPlanService } from './action-plan.service.js';
import { ActionPlanItem } from './action-plan-item.entity.js';

export const feature = defineFeature({
  entities: [ActionPlanItem],
  resolvers: { admin: [ActionPlanResolver] },
  services: {
    actionPlans: ({ db, services }): ActionPlanService => new ActionPlanService(db, services.units),
  },
});
