import { defineFeature } from '../feature.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

export const feature = defineFeature({
  resolvers: { admin: [AuthResolver] },
  services: { auth: ({ db, config }): AuthService => new AuthService(db, config.sessionTtlHours) },
});
