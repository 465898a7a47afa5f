import type { EvaluationQueueQuery } from '@zi/schema/admin';

type QueueUnit = EvaluationQueueQuery['units']['nodes'][number];
export type QueueAssessment = NonNullable<QueueUnit['assessment']>;
export type QueueDeadline = NonNullable<QueueAssessment['deadline']>;

export interface QueueRow {
  unitId: string;
  unitName: string;
  assessment: QueueAssessment;
}

export const QUEUE_ORDERS = ['activity', 'deadline'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

/** The deadline filter: how near the API says a deadline is, or no deadline at all. */
export const DEADLINE_FILTERS = ['OVERDUE', 'NEAR', 'LATER', 'NONE'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** Which worksheets the queue shows: of one status, and of one deadline urgency; null: any. */
export interface QueueFilter {
  status: QueueAssessment['status'] | null;
  deadline: DeadlineFilter | null;
}

const deadlineKind = (assessment: QueueAssessment): DeadlineFilter => assessment.deadline?.urgency ?? 'NONE';

/** The rows the filter keeps, in their order. */
export function filteredRows(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
  return rows.filter(
    ({ assessment }) =>
      (filter.status === null || assessment.status === filter.status) &&
      (filter.deadline === null || deadlineKind(assessment) === filter.deadline),
  );
}

/** The statuses the rows have, in the order they first appear: the status filter's choices. */
export const statusesOf = (rows: readonly QueueRow[]) => [
  ...new Set(rows.map((row) => row.assessment.status)),
];

const byActivity = (a: QueueRow, b: QueueRow) =>
  b.assessment.updatedAt.localeCompare(a.assessment.updatedAt) || a.unitName.localeCompare(b.unitName, 'id');

/** The soonest deadline first; worksheets with nothing due last. */
const byDeadline = (a: QueueRow, b: QueueRow) => {
  const first = a.assessment.deadline?.until;
  const second = b.assessment.deadline?.until;
  if (first === second) return byActivity(a, b);
  if (!first) return 1;
  if (!second) return -1;
  return first.localeCompare(second);
};

/**
 * The units with a worksheet for the year: by default the one with the latest activity first (then
 * by name), or the soonest deadline first.
 */
export function queueRows(units: readonly QueueUnit[], order: QueueOrder = 'activity'): QueueRow[] {
  return units
    .flatMap((unit) =>
      unit.assessment ? [{ unitId: unit.id, unitName: unit.name, assessment: unit.assessment }] : [],
    )
    .sort(order === 'deadline' ? byDeadline : byActivity);
}
