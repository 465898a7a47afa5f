import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { AnswerLayer, AssessmentStatus } from '../assessments/assessment.entity.js';
import type { LayerReopening } from './layer-reopening.entity.js';
import type { AssessmentWindow } from './window.entity.js';

@ObjectType({ description: 'The day by which the work an assessment waits on must be done.' })
export class AssessmentDeadline {
  @Field(() => AnswerLayer, { description: 'Whose work it is: the unit filling, or the TPI evaluating.' })
  layer: AnswerLayer;

  @Field(() => LocalDate, { description: 'The last day (inclusive), in western Indonesian time.' })
  until: string;

  @Field({ description: 'Whether a reopening of the layer moved the day past its window.' })
  reopened: boolean;
}

/** The deadline that governs a layer: the unit's filling, or the TPI's evaluation. */
export const deadlineOf = (
  window: Pick<AssessmentWindow, 'fillUntil' | 'reviewUntil'>,
  layer: AnswerLayer,
) => (layer === AnswerLayer.UNIT ? window.fillUntil : window.reviewUntil);

/**
 * The last day (inclusive) `layer` of an assessment is open until: its window's deadline, or the end
 * of a reopening of the layer when later. Null without a window: no deadline closes it. The one rule
 * behind the refusal of a write, what a reopening must extend and the deadline an assessment waits on.
 */
export function lastOpenDay(
  window: Pick<AssessmentWindow, 'fillUntil' | 'reviewUntil'> | null,
  layer: AnswerLayer,
  reopenings: readonly Pick<LayerReopening, 'layer' | 'until'>[],
): string | null {
  if (!window) return null;
  const days = reopenings
    .filter((reopening) => reopening.layer === layer)
    .map((reopening) => reopening.until);
  // ISO days sort as text.
  return [deadlineOf(window, layer), ...days].sort().at(-1) ?? null;
}

/**
 * The day `layer` of an assessment closed on, or null while it is open: its deadline (inclusive) has
 * not passed, or a reopening holds it open today. No window, no deadline.
 */
export function closedOn(
  window: Pick<AssessmentWindow, 'fillUntil' | 'reviewUntil'> | null,
  layer: AnswerLayer,
  reopenings: readonly Pick<LayerReopening, 'layer' | 'until'>[],
  today: string,
): string | null {
  const last = lastOpenDay(window, layer, reopenings);
  return window && last && today > last ? deadlineOf(window, layer) : null;
}

/**
 * Whose work an assessment waits on in each status: the TPI's evaluation runs to its team lead's
 * confirmation, so the second review keeps the TPI's deadline; nobody's once it is evaluated.
 */
const DUE_LAYER: Partial<Record<AssessmentStatus, AnswerLayer>> = {
  [AssessmentStatus.DRAFT]: AnswerLayer.UNIT,
  [AssessmentStatus.RETURNED]: AnswerLayer.UNIT,
  [AssessmentStatus.SUBMITTED]: AnswerLayer.TPI,
  [AssessmentStatus.IN_REVIEW]: AnswerLayer.TPI,
  [AssessmentStatus.SECOND_REVIEW]: AnswerLayer.TPI,
};

/** The statuses in which an assessment waits on `layer`'s work (`DUE_LAYER`), as stored. */
export const statusesWaitingOn = (layer: AnswerLayer): AssessmentStatus[] =>
  Object.values(AssessmentStatus).filter((status) => DUE_LAYER[status] === layer);

/**
 * The deadline of the work an assessment waits on: its year's window for that layer, or a later
 * reopening of the layer. Null when nothing is due or the year has no window.
 */
export function currentDeadline(
  status: AssessmentStatus,
  window: AssessmentWindow | null,
  reopenings: readonly Pick<LayerReopening, 'layer' | 'until'>[],
): AssessmentDeadline | null {
  const layer = DUE_LAYER[status];
  const until = layer ? lastOpenDay(window, layer, reopenings) : null;
  if (!layer || !window || !until) return null;
  return Object.assign(new AssessmentDeadline(), {
    layer,
    until,
    reopened: until !== deadlineOf(window, layer),
  });
}
