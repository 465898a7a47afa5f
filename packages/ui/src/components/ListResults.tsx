import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Loading } from './Loading';
import { Pager } from './Pager';
import { TotalCount } from './TotalCount';

/** The part of a Relay connection a paged list shows. */
interface ListConnection<Node> {
  totalCount: number;
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface ListResultsProps<Node> {
  label: string;
  /** Undefined while the page loads. */
  connection: ListConnection<Node> | undefined;
  /** Shown instead of the results when the query failed. */
  error: ReactNode;
  /** The cursor of the page shown; null on the first page. */
  after: string | null;
  onPage: (after: string | null) => void;
  children: (nodes: Node[]) => ReactNode;
}

/** One page of a filtered list: how many match, the rows (or why there are none), and paging. */
export function ListResults<Node>({
  label,
  connection,
  error,
  after,
  onPage,
  children,
}: ListResultsProps<Node>) {
  const t = useT();
  const onFirst = after === null ? null : () => onPage(null);

  let content: ReactNode;
  if (error) {
    // A failed later page (e.g. a stale cursor in a shared link) can still go back to the start.
    content = (
      <>
        {error}
        <Pager onNext={null} onFirst={onFirst} />
      </>
    );
  } else if (!connection) {
    content = <Loading />;
  } else {
    const { totalCount, edges, pageInfo } = connection;
    content = (
      <>
        <TotalCount count={totalCount} />
        {edges.length === 0 ? (
          <p className="empty-state">{t('results.empty')}</p>
        ) : (
          children(edges.map((edge) => edge.node))
        )}
        <Pager onNext={pageInfo.hasNextPage ? () => onPage(pageInfo.endCursor) : null} onFirst={onFirst} />
      </>
    );
  }
  return <section aria-label={label}>{content}</section>;
}
