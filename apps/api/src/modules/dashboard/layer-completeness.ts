import { AnswerLayer } from '../assessments/assessment.entity.js';
import { TPI_APPROVED_STATUSES, WRITABLE_LAYERS } from '../assessments/layer-rules.js';

export interface LayerCompleteness {
  layer: AnswerLayer;
  /** The assessment's status. */
  status: string;
  answered: number;
  questions: number;
}

/** Whether the unit's layer is in the unit's hands in `status`: the layer rules let it change any answer. */
const inUnitsHands = (status: string): boolean =>
  Object.entries(WRITABLE_LAYERS).some(
    ([writable, layers]) => writable === status && layers.includes(AnswerLayer.UNIT),
  );

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
  if (layer === AnswerLayer.UNIT) return fullyAnswered || !inUnitsHands(status);
  if (layer === AnswerLayer.TPI)
    return fullyAnswered || (TPI_APPROVED_STATUSES as readonly string[]).includes(status);
  return false;
}
