import type { RoundHeadFragment } from '@zi/schema/admin';
import { type Column, DataTable, DateText, useT } from '@zi/ui';
import { Link } from 'react-router';
import { useTimeZone } from '../auth/useTimeZone';
import { dayIn } from '../time/zone-time';
import { quarterName } from './quarters';
import { RoundStatus } from './RoundStatus';

/** The instansi's monitoring rounds, newest first, each leading to its page. */
export function RoundTable({ rounds }: { rounds: readonly RoundHeadFragment[] }) {
  const t = useT();
  const zone = useTimeZone();
  const columns: Column<RoundHeadFragment>[] = [
    {
      key: 'round',
      header: t('monitoring.round'),
      cell: (round) => (
        <Link to={`/monev/${round.id}`} data-testid="round-link">
          {quarterName(t, round)}
        </Link>
      ),
    },
    {
      key: 'status',
      header: t('monitoring.status'),
      cell: (round) => <RoundStatus closedAt={round.closedAt} />,
    },
    {
      key: 'opened',
      header: t('monitoring.openedOn'),
      cell: (round) => <DateText value={dayIn(round.createdAt, zone)} />,
    },
  ];
  return (
    <DataTable
      caption={t('monitoring.rounds')}
      columns={columns}
      rows={rounds}
      rowKey={(round) => round.id}
      rowTestId="round-row"
    />
  );
}
