import { useQuery } from '@apollo/client/react';
import { FollowUpsDocument } from '@zi/schema/admin';
import { Loading, useDocumentTitle, useT } from '@zi/ui';
import { useSearchParams } from 'react-router';
import { ApiError } from '../ApiError';
import { useViewer } from '../auth/SignedIn';
import { FollowUpFilters } from './FollowUpFilters';
import { FollowUpResults } from './FollowUpResults';
import { type FollowUpParams, followUpFilter, followUpSearch, parseFollowUpParams } from './follow-up-params';

const PAGE_SIZE = 20;

/** Follow-ups by due date: the unit answers its own; the Inspektorat verifies them or sends them back. */
export function FollowUpsPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('followUps.title'));
  const viewer = useViewer();
  const [search, setSearch] = useSearchParams();
  const params = parseFollowUpParams(search);
  // Asked again on each visit: an answer or a verification elsewhere moves items between the views.
  const { data, previousData, error, refetch } = useQuery(FollowUpsDocument, {
    variables: { first: PAGE_SIZE, after: params.after, filter: followUpFilter(params) },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.followUps;
  const go = (patch: Partial<FollowUpParams>) =>
    setSearch(followUpSearch({ ...params, after: null, ...patch }));

  let content = <Loading />;
  if (error) content = <ApiError error={error} onRetry={() => void refetch()} />;
  else if (connection) {
    content = (
      <FollowUpResults
        connection={connection}
        view={params.view}
        showUnit={!viewer.unit}
        onFirst={params.after ? () => go({ after: null }) : null}
        onNext={connection.pageInfo.hasNextPage ? () => go({ after: connection.pageInfo.endCursor }) : null}
      />
    );
  }
  return (
    <section data-testid="follow-ups-page">
      <h1>{t('followUps.title')}</h1>
      <p className="page-intro">{t(viewer.unit ? 'followUps.introUnit' : 'followUps.introInspektorat')}</p>
      <FollowUpFilters params={params} pickUnit={!viewer.unit} onChange={go} />
      <section aria-label={t('followUps.listLabel')}>{content}</section>
    </section>
  );
}
