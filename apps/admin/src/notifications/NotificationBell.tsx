import { useT } from '@zi/ui';
import { Link } from 'react-router';
import { useUnreadCount } from './useUnreadCount';

/** Past this, the badge says "99+": the page itself has the exact count. */
const MAX_SHOWN = 99;

/** The header's way to the notifications, with how many are unread. */
export function NotificationBell() {
  const t = useT();
  const count = useUnreadCount();
  return (
    <Link
      to="/notifikasi"
      className="notification-bell"
      aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
      data-testid="notification-bell"
    >
      <svg className="notification-bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className="notification-bell__count" data-testid="notification-count">
          {count > MAX_SHOWN ? `${MAX_SHOWN}+` : count}
        </span>
      )}
    </Link>
  );
}
