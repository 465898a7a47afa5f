import type { NotificationItemFragment } from '@zi/schema/admin';
import { useLocale, useT } from '@zi/ui';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDateTime } from '../auth/useDateTime';
import { portalPath } from './notification-link';
import { notificationText } from './notification-text';

interface NotificationEntryProps {
  notification: NotificationItemFragment;
  busy: boolean;
  /** Marks it read; settles once the API has answered. */
  onRead: (id: string) => Promise<unknown>;
}

/** One notification: what happened, when, where to act on it; an unread one can be marked read. */
export function NotificationEntry({ notification, busy, onRead }: NotificationEntryProps) {
  const t = useT();
  const [locale] = useLocale();
  const dateTime = useDateTime();
  const { title, sentence } = notificationText(notification, t, locale);
  const unread = notification.readAt === null;
  const path = portalPath(notification.link);
  const heading = title ?? t('notifications.bell');
  const navigate = useNavigate();
  // Opening it is reading it. The page it opens asks for the unread count again: moving there only
  // once the read is saved keeps that count from being read before it changes.
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!unread || !path) return;
    event.preventDefault();
    void onRead(notification.id).finally(() => navigate(path));
  };
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'} data-testid="notification">
      <div className="notification__head">
        <h2 className="notification__title">
          {unread && <span className="badge badge--progress">{t('notifications.new')}</span>} {heading}
        </h2>
        <time className="muted" dateTime={notification.createdAt}>
          {dateTime(notification.createdAt)}
        </time>
      </div>
      {sentence && (
        <p className="notification__text" data-testid="notification-text">
          {sentence}
        </p>
      )}
      <div className="inline">
        {path && (
          <Link to={path} data-testid="notification-open" onClick={open}>
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
            onClick={() => void onRead(notification.id)}
          >
            {t('notifications.markRead')}
            <span className="visually-hidden"> {heading}</span>
          </button>
        )}
      </div>
    </li>
  );
}
