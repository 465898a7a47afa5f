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

/** Within this many days a deadline is near, and the queue says so louder. */
export const NEAR_DAYS = 7;

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

/** Days from `today` to a deadline (both `YYYY-MM-DD`, Jakarta): 0 on the day, negative once passed. */
export function daysLeft(until: string, today: string): number {
  return Math.round((Date.parse(until) - Date.parse(today)) / 86_400_000);
}

export type DeadlineUrgency = 'overdue' | 'near' | 'later';

export function urgencyOf(days: number): DeadlineUrgency {
  if (days < 0) return 'overdue';
  return days <= NEAR_DAYS ? 'near' : 'later';
}
