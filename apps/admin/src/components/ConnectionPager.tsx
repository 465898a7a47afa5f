import { Pager } from '@zi/ui';

interface ConnectionPagerProps {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** The cursor of the page shown; null on the first page. */
  after: string | null;
  onPage: (after: string | null) => void;
}

/** The shared pager, driven by a connection's page info and the cursor kept in the URL. */
export function ConnectionPager({ pageInfo, after, onPage }: ConnectionPagerProps) {
  const next = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  return (
    <Pager onNext={next ? () => onPage(next) : null} onFirst={after !== null ? () => onPage(null) : null} />
  );
}
