import type { SurveyPeriodHeadFragment } from '@zi/schema/admin';
import { type Column, DataTable, DateText, useT } from '@zi/ui';
import { Link } from 'react-router';

/** Survey periods, newest first, each leading to its page. */
export function PeriodTable({ periods }: { periods: readonly SurveyPeriodHeadFragment[] }) {
  const t = useT();
  const columns: Column<SurveyPeriodHeadFragment>[] = [
    {
      key: 'period',
      header: t('surveys.period'),
      cell: (period) => (
        <Link to={`/survei/${period.id}`} data-testid="survey-period-link">
          {period.title}
        </Link>
      ),
    },
    { key: 'unit', header: t('surveys.unit'), cell: (period) => period.unit.name },
    {
      key: 'span',
      header: t('surveys.span'),
      cell: (period) => (
        <>
          <DateText value={period.startsOn} /> – <DateText value={period.endsOn} />
        </>
      ),
    },
    {
      key: 'responses',
      header: t('surveys.responses'),
      cell: (period) =>
        t('surveys.usedOfReceived', { used: period.counts.used, received: period.counts.received }),
    },
    {
      key: 'status',
      header: t('surveys.status'),
      cell: (period) => (period.closedAt ? t('surveys.closed') : t('surveys.open')),
    },
  ];
  return (
    <DataTable
      caption={t('surveys.periods')}
      columns={columns}
      rows={periods}
      rowKey={(period) => period.id}
      rowTestId="survey-period-row"
    />
  );
}
