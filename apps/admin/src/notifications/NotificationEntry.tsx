import type { NotificationItemFragment } from '@zi/schema/admin';
import { formatDateTime, useLocale, useT } from '@zi/ui';
import { Link } from 'react-router';
import { portalPath } from './notification-link';
import { notificationText } from './notification-text';

interface NotificationEntryProps {
  notification: NotificationItemFragment;
  busy: boolean;
  onRead: (id: string) => void;
}

/** One notification: what happened, when, where to act on it; an unread one can be marked read. */
export function NotificationEntry({ notification, busy, onRead }: NotificationEntryProps) {
  const t = useT();
  const [locale] = useLocale();
  const { title, sentence } = notificationText(notification, t, locale);
  const unread = notification.readAt === null;
  const path = portalPath(notification.link);
  const heading = title ?? t('notifications.bell');
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'} data-testid="notification">
      <div className="notification__head">
        <h2 className="notification__title">
          {unread && <span className="badge badge--progress">{t('notifications.new')}</span>} {heading}
        </h2>
        <time className="muted" dateTime={notification.createdAt}>
          {formatDateTime(notification.createdAt, locale)}
        </time>
      </div>
      {sentence && (
        <p className="notification__text" data-testid="notification-text">
          {sentence}
        </p>
      )}
      <div className="inline">
        {path && (
          // Opening it is reading it.
          <Link to={path} data-testid="notification-open" onClick={() => unread && onRead(notification.id)}>
            {t('notifications.open')}
            <span className="visually-hidden"> {heading}</span>
          </Link>
        )}
        {unread && (
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={busy}
            data-testid="notification-read"
            onClick={() => onRead(notification.id)}
          >
            {t('notifications.markRead')}
            <span className="visually-hidden"> {heading}</span>
          </button>
        )}
      </div>
    </li>
  );
}
