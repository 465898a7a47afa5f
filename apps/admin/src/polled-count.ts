import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Often enough for news to show within a minute, rarely enough to cost the API nothing. */
const POLL_MS = 60_000;

/**
 * A count the portal shows in its chrome (unread notifications, second reviews waiting): asked
 * again every minute while the tab is visible, and on each move to another page (not on each
 * filter of a list). 0 until known; a failure leaves the last count, and the next poll tries again.
 */
export function usePolledCount<Data>(
  document: TypedDocumentNode<Data, Record<string, never>>,
  countOf: (data: Data) => number,
): number {
  const { pathname } = useLocation();
  const { data, refetch } = useQuery(document, {
    pollInterval: POLL_MS,
    skipPollAttempt: () => window.document.hidden,
  });
  const shownAt = useRef(pathname);

  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    void refetch().catch(() => undefined);
  }, [pathname, refetch]);

  return data ? countOf(data) : 0;
}
