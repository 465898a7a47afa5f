import { defineFeature } from '../feature.js';
import { AnswerChangeActorResolver, AnswerHistoryResolver } from './answer-history.resolver.js';
import { AnswerHistoryService } from './answer-history.service.js';

export const feature = defineFeature({
  resolvers: { admin: [AnswerHistoryResolver, AnswerChangeActorResolver] },
  services: { answerHistory: ({ db }): AnswerHistoryService => new AnswerHistoryService(db) },
});
