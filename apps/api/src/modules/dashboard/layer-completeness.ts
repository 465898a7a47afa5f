import { AnswerLayer, AssessmentStatus } from '../assessments/assessment.entity.js';

/** The statuses in which the TPI has approved its evaluation (the layer that counts from then on). */
export const TPI_APPROVED_STATUSES: readonly AssessmentStatus[] = [
  AssessmentStatus.EVALUATED,
  AssessmentStatus.PROPOSED,
  AssessmentStatus.NOT_PROPOSED,
  AssessmentStatus.AWARDED,
  AssessmentStatus.NOT_AWARDED,
];

export interface LayerCompleteness {
  layer: AnswerLayer;
  /** The assessment's status. */
  status: string;
  answered: number;
  questions: number;
}

/** The statuses in which the unit's layer is in the unit's hands: it may change any answer. */
const UNIT_EDITING_STATUSES: readonly string[] = [AssessmentStatus.DRAFT, AssessmentStatus.RETURNED];

/**
 * "Final enough" for the dashboard (decision 0036), the only home of the rule: a layer's score
 * means something once its author let go of it or left nothing out. The unit's layer once the unit
 * submitted it and it is not back in the unit's hands (any status but DRAFT or RETURNED: a returned
 * worksheet may have answers cleared) or every question is answered; the TPI's layer once the TPI's
 * evaluation is approved (EVALUATED and every later status) or every question is answered. Anything
 * else is work in progress: shown apart with its answered / total, never ranked or compared. The
 * dashboard applies it in TypeScript to the one shared score read, so it has no SQL twin.
 */
export function isFinalLayer({ layer, status, answered, questions }: LayerCompleteness): boolean {
  const fullyAnswered = questions > 0 && answered >= questions;
  if (layer === AnswerLayer.UNIT) return fullyAnswered || !UNIT_EDITING_STATUSES.includes(status);
  if (layer === AnswerLayer.TPI)
    return fullyAnswered || (TPI_APPROVED_STATUSES as readonly string[]).includes(status);
  return false;
}
