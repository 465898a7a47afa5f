import { defineFeature } from '../feature.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { ReminderService } from './reminder.service.js';

export const feature = defineFeature({
  entities: [Notification],
  resolvers: { admin: [NotificationResolver] },
  services: {
    notifications: ({ db, config, services }): NotificationService =>
      new NotificationService(db, services.mailer, config.publicUrl),
    reminders: ({ db, services }): ReminderService => new ReminderService(db, services.notifications),
  },
});
