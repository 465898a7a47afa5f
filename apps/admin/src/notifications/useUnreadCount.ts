import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountDocument } from '@zi/schema/admin';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Often enough for news to show within a minute, rarely enough to cost the API nothing. */
const POLL_MS = 60_000;

/**
 * How many of the viewer's notifications are unread: asked again every minute while the tab is
 * visible, and on each move to another page (not on each filter of a list). 0 until known.
 */
export function useUnreadCount(): number {
  const { pathname } = useLocation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, {
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.hidden,
  });
  const shownAt = useRef(pathname);

  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    // A failure leaves the last count; the next poll tries again.
    void refetch().catch(() => undefined);
  }, [pathname, refetch]);

  return data?.unreadNotificationCount ?? 0;
}
