export const NOTIFICATIONS_PAGE_SIZE = 20;

/** What the notifications list shows, as kept in the URL: only the unread ones, and which page. */
export interface NotificationListParams {
  unreadOnly: boolean;
  after: string | null;
}

export function parseNotificationParams(search: URLSearchParams): NotificationListParams {
  return { unreadOnly: search.get('belum') === '1', after: search.get('after') || null };
}

/** The query string of a list state; the filter, without a page, starts from the newest. */
export function notificationSearch(params: NotificationListParams): string {
  const search = new URLSearchParams();
  if (params.unreadOnly) search.set('belum', '1');
  if (params.after) search.set('after', params.after);
  const query = search.toString();
  return query ? `?${query}` : '';
}
