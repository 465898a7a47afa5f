import type { NotificationItemFragment } from '@zi/schema/admin';
import { NotificationEntry } from './NotificationEntry';

interface NotificationListProps {
  notifications: readonly NotificationItemFragment[];
  busy: boolean;
  onRead: (id: string) => Promise<unknown>;
}

/** A page of notifications, newest first. */
export function NotificationList({ notifications, busy, onRead }: NotificationListProps) {
  return (
    <ol className="notifications">
      {notifications.map((notification) => (
        <NotificationEntry key={notification.id} notification={notification} busy={busy} onRead={onRead} />
      ))}
    </ol>
  );
}
