import type pg from 'pg';
import { ChannelListener } from '../../db/channel-listener.js';
import { logger } from '../../logger.js';
import type { NotificationService } from './notification.service.js';

/** The channel every statement that adds notifications announces itself on, at commit (migration 1766500000000). */
export const NOTIFICATIONS_CHANNEL = 'notifications_added';

/** How the mail listener's session shows in pg_stat_activity. */
export const MAIL_LISTENER_APPLICATION_NAME = 'zi-api-mail-listener';

/**
 * "Each at once" means at once (issue 15): a listening connection of its own hears each commit
 * that added notifications and mails them then, instead of at the next sweep a quarter of an hour
 * later. On each (re)connect it also mails what was added while it was not listening. The sweep
 * still runs: it makes the reminders, sends the digests, and retries mail that failed.
 */
export function mailAtOnce(notifications: NotificationService, settings: pg.ClientConfig): ChannelListener {
  const dispatch = () => {
    notifications
      .dispatch()
      .then(({ mails, failed }) => {
        if (mails + failed > 0) logger.info('mail at once', { mails, failed });
      })
      .catch((error: Error) => logger.error('mail at once failed', { error: error.message }));
  };
  return new ChannelListener(settings, {
    name: 'mail listener (mail waits for the next sweep until it is back)',
    channels: [NOTIFICATIONS_CHANNEL],
    heard: dispatch,
    connected: async () => dispatch(),
  });
}
