import { defineFeature } from '../feature.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { Session } from './session.entity.js';
import { EvaluatorAssignment, User } from './user.entity.js';

export const feature = defineFeature({
  entities: [User, EvaluatorAssignment, Session],
  resolvers: { admin: [AuthResolver] },
  services: { auth: ({ db, config }): AuthService => new AuthService(db, config.sessionTtlHours) },
});
