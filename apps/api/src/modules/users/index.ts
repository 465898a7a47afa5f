import { defineFeature } from '../feature.js';
import { AnswerAuthorResolver, TransitionActorResolver } from './authored.resolver.js';
import { createEvaluatorsByUnitLoader, createUserLoader, createWorkloadLoader } from './user.loader.js';
import { UserFieldsResolver } from './user.resolver.js';
import { UserService } from './user.service.js';
import {
  EvaluatorAssignmentResolver,
  UnitEvaluatorsResolver,
  UserAdminResolver,
} from './user-admin.resolver.js';
import { UserAdminService } from './user-admin.service.js';

export const feature = defineFeature({
  resolvers: {
    admin: [
      UserFieldsResolver,
      AnswerAuthorResolver,
      TransitionActorResolver,
      UserAdminResolver,
      UnitEvaluatorsResolver,
      EvaluatorAssignmentResolver,
    ],
  },
  services: {
    users: ({ db }): UserService => new UserService(db),
    userAdmin: ({ db, config, services }): UserAdminService =>
      new UserAdminService(db, services.mailer, services.notifications, config.publicUrl),
  },
  loaders: {
    user: createUserLoader,
    workload: createWorkloadLoader,
    evaluatorsByUnit: createEvaluatorsByUnitLoader,
  },
});
