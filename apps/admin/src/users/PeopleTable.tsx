import type { InvitationFragment, PersonFragment } from '@zi/schema/admin';
import { type Column, DataTable, useT } from '@zi/ui';
import { SendLinkButton } from './SendLinkButton';
import { WorkloadText } from './WorkloadText';

interface PeopleTableProps {
  people: readonly PersonFragment[];
  viewerId: string;
  onEdit: (person: PersonFragment) => void;
  onInvitation: (invitation: InvitationFragment) => void;
}

/** People of the instansi and its units: their role, status and, for evaluators, their load. */
export function PeopleTable({ people, viewerId, onEdit, onInvitation }: PeopleTableProps) {
  const t = useT();
  const columns: Column<PersonFragment>[] = [
    {
      key: 'name',
      header: t('people.name'),
      cell: (person) => (
        <>
          {person.name}
          {person.id === viewerId && <span className="muted"> {t('people.you')}</span>}
        </>
      ),
    },
    { key: 'email', header: t('people.email'), cell: (person) => person.email },
    {
      key: 'role',
      header: t('people.role'),
      cell: (person) => (
        <>
          {t(`role.${person.role}`)}
          {person.unit && <span className="muted"> · {person.unit.name}</span>}
        </>
      ),
    },
    {
      key: 'status',
      header: t('people.status'),
      cell: (person) =>
        person.active ? (
          <span className="badge badge--wbk">{t('people.active')}</span>
        ) : (
          <span className="badge badge--neutral">{t('people.inactive')}</span>
        ),
    },
    {
      key: 'workload',
      header: t('people.workload'),
      cell: (person) => person.workload && <WorkloadText workload={person.workload} />,
    },
    {
      key: 'actions',
      header: t('registryUnits.actions'),
      cell: (person) => (
        <div className="inline">
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="person-edit"
            onClick={() => onEdit(person)}
          >
            {t('people.edit')}
            <span className="visually-hidden"> {person.name}</span>
          </button>
          {person.active && <SendLinkButton person={person} onInvitation={onInvitation} />}
        </div>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('people.caption')}
      columns={columns}
      rows={people}
      rowKey={(person) => person.id}
      rowTestId="person-row"
    />
  );
}
