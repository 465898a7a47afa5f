import { byIdLoader } from '../../common/dataloader.js';
import { defineFeature } from '../feature.js';
import { createInvitationsLoader } from './coaching.loader.js';
import {
  CoachingInvitationResolver,
  CoachingResolver,
  FollowUpSessionResolver,
} from './coaching.resolver.js';
import { CoachingService } from './coaching.service.js';
import { CoachingInvitation, CoachingSession } from './coaching-session.entity.js';

export const feature = defineFeature({
  entities: [CoachingSession, CoachingInvitation],
  resolvers: { admin: [CoachingResolver, CoachingInvitationResolver, FollowUpSessionResolver] },
  services: {
    coaching: ({ db, services }): CoachingService =>
      new CoachingService(db, services.notifications, services.units),
  },
  loaders: {
    coachingSession: (dataSource) => byIdLoader(dataSource.getRepository(CoachingSession)),
    invitationsBySession: createInvitationsLoader,
  },
});
