import { type Column, DataTable, useLocale, useT } from '@zi/ui';
import { Link } from 'react-router';
import { useDateTime } from '../auth/useDateTime';
import { AssessmentStatusBadge } from '../components/AssessmentStatusBadge';
import { formatScore } from '../worksheet/format';
import { QueueDeadline } from './QueueDeadline';
import type { QueueAssessment, QueueRow } from './queue';

type LayerScore = QueueAssessment['unitLayer']['score'];

/** The worksheets to evaluate, each linking to the TPI's layer of it. */
export function QueueTable({ rows }: { rows: readonly QueueRow[] }) {
  const t = useT();
  const [locale] = useLocale();
  const dateTime = useDateTime();
  const progress = (score: LayerScore) =>
    score ? t('queue.progress', { answered: score.answered, questions: score.questions }) : '—';
  const total = (score: LayerScore) => (score ? formatScore(score.total, locale) : '—');
  const columns: Column<QueueRow>[] = [
    {
      key: 'unit',
      header: t('unit.name'),
      cell: (row) => (
        <Link to={`/assessments/${row.assessment.id}?layer=TPI`} data-testid="queue-link">
          {row.unitName}
        </Link>
      ),
    },
    {
      key: 'status',
      header: t('queue.status'),
      cell: (row) => <AssessmentStatusBadge status={row.assessment.status} />,
    },
    {
      key: 'deadline',
      header: t('queue.deadline'),
      cell: (row) => <QueueDeadline deadline={row.assessment.deadline ?? null} />,
    },
    {
      key: 'unitProgress',
      header: t('queue.unitProgress'),
      numeric: true,
      cell: (row) => progress(row.assessment.unitLayer.score),
    },
    {
      key: 'unitScore',
      header: t('queue.unitScore'),
      numeric: true,
      cell: (row) => total(row.assessment.unitLayer.score),
    },
    {
      key: 'tpiProgress',
      header: t('queue.tpiProgress'),
      numeric: true,
      cell: (row) => progress(row.assessment.tpiLayer.score),
    },
    {
      key: 'tpiScore',
      header: t('queue.tpiScore'),
      numeric: true,
      cell: (row) => total(row.assessment.tpiLayer.score),
    },
    {
      key: 'activity',
      header: t('queue.activity'),
      cell: (row) => <time dateTime={row.assessment.updatedAt}>{dateTime(row.assessment.updatedAt)}</time>,
    },
  ];
  return (
    <DataTable
      caption={t('queue.caption')}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.assessment.id}
      rowTestId="queue-row"
    />
  );
}
