import { useQuery } from '@apollo/client/react';
import { type InvitationFragment, PeopleDocument, type PersonFragment } from '@zi/schema/admin';
import { Loading, useT } from '@zi/ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../ApiError';
import { useViewer } from '../auth/SignedIn';
import { ConnectionPager } from '../components/ConnectionPager';
import { InvitationNotice } from './InvitationNotice';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { PersonDialog } from './PersonDialog';
import { type PeopleParams, parsePeopleParams, peopleVariables, withPeopleParams } from './people-params';

/** Who uses the portal: find people, add them, edit them, send them a new password link. */
export function PeopleSection() {
  const t = useT();
  const viewer = useViewer();
  const [search, setSearch] = useSearchParams();
  const params = parsePeopleParams(search);
  const { data, error, refetch } = useQuery(PeopleDocument, { variables: peopleVariables(params) });
  const [editing, setEditing] = useState<PersonFragment | 'new' | null>(null);
  const [invitation, setInvitation] = useState<{ invitation: InvitationFragment; renewed: boolean } | null>(
    null,
  );
  const [done, setDone] = useState('');

  const show = (patch: Partial<PeopleParams>) =>
    setSearch(withPeopleParams(search, { ...params, after: null, ...patch }), { preventScrollReset: true });
  const open = (person: PersonFragment | 'new') => {
    setDone('');
    setInvitation(null);
    setEditing(person);
  };

  let results = <Loading />;
  if (error) results = <ApiError error={error} onRetry={() => void refetch()} />;
  else if (data) {
    const people = data.users.edges.map((edge) => edge.node);
    results = (
      <>
        <p className="total-count" aria-live="polite" data-testid="people-count">
          {t('people.count', { count: data.users.totalCount })}
        </p>
        {people.length === 0 ? (
          <p className="empty-state">{t('people.empty')}</p>
        ) : (
          <PeopleTable
            people={people}
            viewerId={viewer.id}
            onEdit={open}
            onInvitation={(sent) => {
              setDone('');
              setInvitation({ invitation: sent, renewed: true });
            }}
          />
        )}
        <ConnectionPager
          pageInfo={data.users.pageInfo}
          after={params.after}
          onPage={(after) => show({ after })}
        />
      </>
    );
  }

  return (
    <>
      <div className="registry-toolbar">
        <button type="button" className="button" data-testid="person-add" onClick={() => open('new')}>
          {t('people.add')}
        </button>
        <p className="registry-done" role="status" data-testid="registry-done">
          {done}
        </p>
      </div>
      {invitation && (
        <InvitationNotice
          key={invitation.invitation.user.id}
          invitation={invitation.invitation}
          renewed={invitation.renewed}
          onDismiss={() => setInvitation(null)}
        />
      )}
      <PeopleFilters params={params} onChange={show} />
      <section aria-label={t('people.caption')}>{results}</section>
      <PersonDialog
        person={editing}
        roles={data?.roleOptions ?? []}
        onClose={() => setEditing(null)}
        onCreated={(created) => {
          setEditing(null);
          setInvitation({ invitation: created, renewed: false });
        }}
        onUpdated={(person) => {
          setEditing(null);
          setDone(t('people.updated', { name: person.name }));
        }}
      />
    </>
  );
}
