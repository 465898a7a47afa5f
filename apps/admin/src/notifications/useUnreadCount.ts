import { UnreadNotificationCountDocument } from '@zi/schema/admin';
import { usePolledCount } from '../polled-count';

/** How many of the viewer's notifications are unread (usePolledCount). */
export const useUnreadCount = (): number =>
  usePolledCount(UnreadNotificationCountDocument, (data) => data.unreadNotificationCount);
