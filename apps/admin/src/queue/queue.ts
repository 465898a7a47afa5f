import type { EvaluationQueueQuery } from '@zi/schema/admin';

type QueueUnit = EvaluationQueueQuery['units']['nodes'][number];
export type QueueAssessment = NonNullable<QueueUnit['assessment']>;

export interface QueueRow {
  unitId: string;
  unitName: string;
  assessment: QueueAssessment;
}

/** The units with a worksheet for the year, the one with the latest activity first (then by name). */
export function queueRows(units: readonly QueueUnit[]): QueueRow[] {
  return units
    .flatMap((unit) =>
      unit.assessment ? [{ unitId: unit.id, unitName: unit.name, assessment: unit.assessment }] : [],
    )
    .sort(
      (a, b) =>
        b.assessment.updatedAt.localeCompare(a.assessment.updatedAt) ||
        a.unitName.localeCompare(b.unitName, 'id'),
    );
}
