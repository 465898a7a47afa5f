import { useMutation, useQuery } from '@apollo/client/react';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '@zi/schema/admin';
import { Loading, useDocumentTitle, useT } from '@zi/ui';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../ApiError';
import { refusalOf } from '../api-errors';
import { useViewer } from '../auth/SignedIn';
import { ConnectionPager } from '../components/ConnectionPager';
import { useRefusalText } from '../useRefusalText';
import { NOTIFICATIONS_PAGE_SIZE, notificationSearch, parseNotificationParams } from './list-params';
import { MailPreferenceForm } from './MailPreferenceForm';
import { NotificationList } from './NotificationList';

/** The viewer's notifications, newest first, to read and act on; and whether they are mailed. */
export function NotificationsPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('notifications.title'));
  const describe = useRefusalText();
  const viewer = useViewer();
  const [search, setSearch] = useSearchParams();
  const params = parseNotificationParams(search);
  // Opening one elsewhere marks it read: coming back, the list is asked again.
  const { data, error, refetch } = useQuery(NotificationsDocument, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE, ...params },
    fetchPolicy: 'cache-and-network',
  });
  const unread = useQuery(UnreadNotificationCountDocument).data?.unreadNotificationCount ?? 0;
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument],
  });
  // The failure is shown from the mutation's `error`.
  const read = (ids: string[] | null) => markRead({ variables: { ids } }).catch(() => undefined);

  let results = <Loading />;
  if (error) results = <ApiError error={error} onRetry={() => void refetch()} />;
  else if (data) {
    const notifications = data.notifications.edges.map((edge) => edge.node);
    results = (
      <>
        <p className="total-count" aria-live="polite" data-testid="notifications-count">
          {t('notifications.count', { count: data.notifications.totalCount })}
        </p>
        {notifications.length === 0 ? (
          <p className="empty-state" data-testid="notifications-empty">
            {t(params.unreadOnly ? 'notifications.emptyUnread' : 'notifications.empty')}
          </p>
        ) : (
          <NotificationList
            notifications={notifications}
            busy={marking.loading}
            onRead={(id) => read([id])}
          />
        )}
        <ConnectionPager
          pageInfo={data.notifications.pageInfo}
          after={params.after}
          onPage={(after) => setSearch(notificationSearch({ ...params, after }))}
        />
      </>
    );
  }

  const filter = (unreadOnly: boolean, label: string) => (
    <Link
      className="segmented__item"
      to={{ search: notificationSearch({ unreadOnly, after: null }) }}
      aria-current={params.unreadOnly === unreadOnly ? 'page' : undefined}
      data-testid={unreadOnly ? 'notifications-unread' : 'notifications-all'}
    >
      {label}
    </Link>
  );

  return (
    <section data-testid="notifications-page">
      <h1>{t('notifications.title')}</h1>
      <p className="page-intro">{t('notifications.intro')}</p>
      <MailPreferenceForm viewer={viewer} />
      <div className="notifications-bar">
        <nav className="segmented" aria-label={t('notifications.show')}>
          {filter(false, t('notifications.all'))}
          {filter(true, t('notifications.unread'))}
        </nav>
        <button
          type="button"
          className="button button--secondary"
          disabled={unread === 0 || marking.loading}
          data-testid="notifications-read-all"
          onClick={() => void read(null)}
        >
          {t('notifications.markAllRead')}
        </button>
      </div>
      {marking.error && (
        <p className="field__error" role="alert">
          {describe(refusalOf(marking.error))}
        </p>
      )}
      <section aria-label={t('notifications.caption')}>{results}</section>
    </section>
  );
}
