import { defineFeature } from '../feature.js';
import { createMoveContextLoader } from './move-context.js';
import { AssessmentTransition, QuestionReturn } from './workflow.entities.js';
import { createHistoryLoader, createOpenReturnsLoader } from './workflow.loader.js';
import { WorkflowResolver } from './workflow.resolver.js';
import { WorkflowService } from './workflow.service.js';

export const feature = defineFeature({
  entities: [AssessmentTransition, QuestionReturn],
  resolvers: { admin: [WorkflowResolver] },
  services: {
    workflow: ({ db, services }): WorkflowService =>
      new WorkflowService(db, services.units, services.windows, services.notifications),
  },
  loaders: {
    historyByAssessment: createHistoryLoader,
    openReturnsByAssessment: createOpenReturnsLoader,
    moveContext: createMoveContextLoader,
  },
});
