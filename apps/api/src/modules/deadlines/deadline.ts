import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { addDays, daysFrom, todayInIndonesia } from '../../common/dates.js';
import { LocalDate } from '../../common/scalars.js';
import { AnswerLayer, AssessmentStatus } from '../assessments/assessment.entity.js';
import { LayerReopening } from './layer-reopening.entity.js';
import type { AssessmentWindow } from './window.entity.js';

/** Within this many days a deadline is near: the queue says so louder, and a reminder goes out. */
export const DEADLINE_NEAR_DAYS = 7;

export enum DeadlineUrgency {
  OVERDUE = 'overdue',
  NEAR = 'near',
  LATER = 'later',
}
registerEnumType(DeadlineUrgency, {
  name: 'DeadlineUrgency',
  valuesConfig: {
    OVERDUE: { description: 'Its last day has passed.' },
    NEAR: { description: `Due today or within ${DEADLINE_NEAR_DAYS} days.` },
    LATER: { description: 'Further away.' },
  },
});

/** How near a last day is, `daysLeft` days from today: one rule for the queue and its filter. */
export const urgencyOf = (daysLeft: number): DeadlineUrgency =>
  daysLeft < 0
    ? DeadlineUrgency.OVERDUE
    : daysLeft <= DEADLINE_NEAR_DAYS
      ? DeadlineUrgency.NEAR
      : DeadlineUrgency.LATER;

@ObjectType({ description: 'The day by which the work an assessment waits on must be done.' })
export class AssessmentDeadline {
  @Field(() => AnswerLayer, { description: 'Whose work it is: the unit filling, or the TPI evaluating.' })
  layer: AnswerLayer;

  @Field(() => LocalDate, { description: 'The last day (inclusive), in western Indonesian time.' })
  until: string;

  @Field({ description: 'Whether a reopening of the layer moved the day past its window.' })
  reopened: boolean;

  @Field(() => Int, {
    description: 'Days from today (western Indonesian time) to `until`: 0 on the day, negative once passed.',
  })
  daysLeft: number;

  @Field(() => DeadlineUrgency)
  urgency: DeadlineUrgency;
}

@ObjectType({
  description:
    "One layer's deadline for one assessment, as of today in western Indonesian time: what the worksheet shows and what a reopening must extend.",
})
export class LayerDeadline {
  @Field(() => AnswerLayer)
  layer: AnswerLayer;

  @Field(() => LocalDate, {
    description: "Its year's deadline: the unit's filling for UNIT, the evaluation for TPI and REVIEW.",
  })
  closesOn: string;

  @Field({ description: '`closesOn` is behind us: the layer would be closed but for a reopening.' })
  passed: boolean;

  @Field({
    description: 'Closed now: `closesOn` has passed and no reopening holds it open; writes are refused.',
  })
  closed: boolean;

  @Field(() => LocalDate, {
    description: "The last day it is open until: `closesOn`, or a reopening's end when later.",
  })
  openUntil: string;

  @Field(() => LayerReopening, {
    nullable: true,
    description:
      'The running reopening that keeps it open past `closesOn` (to `openUntil`); null when none does.',
  })
  reopening: LayerReopening | null;

  @Field(() => LocalDate, {
    description:
      'The earliest day a reopening may end on (reopenLayer): the day after `openUntil`, today at the earliest.',
  })
  reopenFrom: string;
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
 * SQL: the twin of `lastOpenDay` for the `assessment_window` row `window` and the `assessment` row
 * `assessment` (both aliases): the layer's deadline, or the end of a reopening of it when later.
 */
export const lastOpenDaySql = (window: string, assessment: string, layer: AnswerLayer) =>
  `GREATEST(${window}.${layer === AnswerLayer.UNIT ? 'fill_until' : 'review_until'}, (SELECT max(r.until) FROM layer_reopening r WHERE r.assessment_id = ${assessment}.id AND r.layer = '${layer}'))`;

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

/** Each layer's deadline for an assessment today (`lastOpenDay`); none while its year has no window. */
export function layerDeadlines(
  window: Pick<AssessmentWindow, 'fillUntil' | 'reviewUntil'> | null,
  reopenings: readonly LayerReopening[],
  today: string,
): LayerDeadline[] {
  if (!window) return [];
  return Object.values(AnswerLayer).map((layer) => {
    const closesOn = deadlineOf(window, layer);
    const openUntil = lastOpenDay(window, layer, reopenings) ?? closesOn;
    const extended = openUntil > closesOn && openUntil >= today;
    const dayAfter = addDays(openUntil, 1);
    return Object.assign(new LayerDeadline(), {
      layer,
      closesOn,
      passed: today > closesOn,
      closed: today > openUntil,
      openUntil,
      reopening: extended
        ? (reopenings.find((reopening) => reopening.layer === layer && reopening.until === openUntil) ?? null)
        : null,
      reopenFrom: dayAfter > today ? dayAfter : today,
    });
  });
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
  today = todayInIndonesia(),
): AssessmentDeadline | null {
  const layer = DUE_LAYER[status];
  const until = layer ? lastOpenDay(window, layer, reopenings) : null;
  if (!layer || !window || !until) return null;
  const daysLeft = daysFrom(today, until);
  return Object.assign(new AssessmentDeadline(), {
    layer,
    until,
    reopened: until !== deadlineOf(window, layer),
    daysLeft,
    urgency: urgencyOf(daysLeft),
  });
}
