import type {
  AnswerLayer,
  AssessmentStatus,
  ChangeArea,
  MailPreference,
  ProgressJudgement,
  Role,
} from '@zi/schema/admin';
import { valuesOf } from '@zi/ui';

export const ROLES = valuesOf<Role>({ ADMIN: true, EVALUATOR: true, UNIT_OPERATOR: true });

export const MAIL_PREFERENCES = valuesOf<MailPreference>({ IMMEDIATE: true, DAILY_DIGEST: true, OFF: true });

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
