import type { AnswerLayer, AssessmentStatus, ChangeArea, ProgressJudgement } from '@zi/schema/admin';
import type { PredicateKind, Stage, UnitKind } from '@zi/schema/public';

/** Every value of an enum, in the record's order; the record makes a missing value a type error. */
function valuesOf<E extends string>(all: Record<E, true>): E[] {
  return Object.keys(all) as E[];
}

/** In lifecycle order, as a unit walks them. */
export const STAGES = valuesOf<Stage>({
  DECLARED: true,
  BUILDING: true,
  SELF_ASSESSED: true,
  TPI_EVALUATED: true,
  PROPOSED: true,
  WBK: true,
  WBBM: true,
  NOT_AWARDED: true,
  REVOKED: true,
});

export const UNIT_KINDS = valuesOf<UnitKind>({
  DINAS: true,
  BADAN: true,
  RSUD: true,
  PUSKESMAS: true,
  SCHOOL: true,
  KECAMATAN: true,
  OTHER: true,
});

/** The six change areas of Zona Integritas, in the worksheet's order. */
export const CHANGE_AREAS = valuesOf<ChangeArea>({
  CHANGE_MANAGEMENT: true,
  BUSINESS_PROCESS: true,
  HUMAN_RESOURCES: true,
  ACCOUNTABILITY: true,
  SUPERVISION: true,
  PUBLIC_SERVICE: true,
});

/** Monitoring's judgements, from no progress to ahead of plan. */
export const PROGRESS_JUDGEMENTS = valuesOf<ProgressJudgement>({
  NOT_STARTED: true,
  BEHIND: true,
  ON_TRACK: true,
  AHEAD: true,
});

export const PREDICATE_KINDS = valuesOf<PredicateKind>({ WBK: true, WBBM: true });

/** Whose answers, in the order the worksheet offers them: the unit's, the TPI's, a higher review's. */
export const ANSWER_LAYERS = valuesOf<AnswerLayer>({ UNIT: true, TPI: true, REVIEW: true });

/** Where a worksheet stands, in the order the workflow reaches them. */
export const ASSESSMENT_STATUSES = valuesOf<AssessmentStatus>({
  DRAFT: true,
  SUBMITTED: true,
  IN_REVIEW: true,
  RETURNED: true,
  SECOND_REVIEW: true,
  EVALUATED: true,
  PROPOSED: true,
  NOT_PROPOSED: true,
  AWARDED: true,
  NOT_AWARDED: true,
});

/** The limits of the zip guard an uploaded workbook may break (`ARCHIVE_TOO_LARGE` gives one as `limit`). */
export const ARCHIVE_LIMITS = ['UNPACKED_SIZE', 'ENTRIES', 'RATIO'] as const;

export type ArchiveLimit = (typeof ARCHIVE_LIMITS)[number];
