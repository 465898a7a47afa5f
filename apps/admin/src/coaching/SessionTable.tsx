import type { CoachingSessionItemFragment } from '@zi/schema/admin';
import { type Column, DataTable, safeHref, useT } from '@zi/ui';
import { Link } from 'react-router';
import { CoachingKindBadge } from './CoachingKindBadge';
import { attendanceOf } from './invitations';
import { SessionTime } from './SessionTime';

type Session = CoachingSessionItemFragment;

/** Sessions in a period: when, what, where, and who was invited and came. */
export function SessionTable({ sessions }: { sessions: readonly Session[] }) {
  const t = useT();
  const columns: Column<Session>[] = [
    {
      key: 'when',
      header: t('coaching.when'),
      cell: (session) => <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} />,
    },
    {
      key: 'topic',
      header: t('coaching.topic'),
      cell: (session) => (
        <Link to={`/pendampingan/${session.id}`} data-testid="session-link">
          {session.topic}
        </Link>
      ),
    },
    { key: 'kind', header: t('coaching.kind'), cell: (session) => <CoachingKindBadge kind={session.kind} /> },
    { key: 'where', header: t('coaching.where'), cell: (session) => <SessionPlace session={session} /> },
    {
      key: 'units',
      header: t('coaching.invitedUnits'),
      cell: (session) => {
        const attendance = attendanceOf(session.invitations);
        return attendance
          ? t('coaching.attendedOf', attendance)
          : t('coaching.invitedCount', { count: session.invitations.length });
      },
    },
  ];
  return (
    <DataTable
      caption={t('coaching.list')}
      columns={columns}
      rows={sessions}
      rowKey={(session) => session.id}
      rowTestId="session-row"
    />
  );
}

/** The place, the online link, or both. */
export function SessionPlace({ session }: { session: Pick<Session, 'place' | 'onlineUrl'> }) {
  const t = useT();
  const online = safeHref(session.onlineUrl);
  return (
    <>
      {session.place}
      {session.place && online && <br />}
      {online && (
        <a href={online} target="_blank" rel="noreferrer">
          {t('coaching.online')}
        </a>
      )}
    </>
  );
}
