import { registerEnumType } from 'type-graphql';
import { RefusalReason } from '../../common/refusal-reason.js';
import { AnswerLayer, AssessmentStatus } from '../assessments/assessment.entity.js';
import { Role } from '../auth/user.entity.js';
import { Stage } from '../stages/stage-event.entity.js';

export enum WorkflowAction {
  SUBMIT = 'submit',
  START_REVIEW = 'start_review',
  RETURN = 'return',
  APPROVE = 'approve',
  CONFIRM = 'confirm',
  SEND_BACK = 'send_back',
  REOPEN = 'reopen',
  PROPOSE = 'propose',
  DECLINE = 'decline',
  RECORD_AWARD = 'record_award',
  RECORD_NOT_AWARDED = 'record_not_awarded',
}
registerEnumType(WorkflowAction, {
  name: 'WorkflowAction',
  valuesConfig: {
    SUBMIT: { description: 'The unit submits its self-assessment (again, after a return).' },
    START_REVIEW: { description: 'The TPI starts evaluating.' },
    RETURN: { description: 'The TPI returns questions to the unit, each with a reason.' },
    APPROVE: {
      description:
        'The TPI approves its evaluation; the worksheet locks, or waits for the team lead where the instansi requires a second review.',
    },
    CONFIRM: { description: "The team lead (ketua tim) confirms the TPI's approval." },
    SEND_BACK: { description: 'The team lead sends the evaluation back to the TPI, with a reason.' },
    REOPEN: { description: 'The Inspektorat reopens an evaluation, with a reason.' },
    PROPOSE: { description: 'The Inspektorat proposes the unit to KemenPANRB.' },
    DECLINE: { description: 'The Inspektorat does not propose the unit this year, with a reason.' },
    RECORD_AWARD: { description: 'Records the national decision: WBK or WBBM, with the decree.' },
    RECORD_NOT_AWARDED: { description: 'Records that the national team did not award the unit.' },
  },
});

export interface Transition {
  from: readonly AssessmentStatus[];
  to: AssessmentStatus;
  roles: readonly Role[];
  /** The step the public timeline gains; answers, scores and notes stay private. */
  publicStage?: Stage;
  needsReason?: boolean;
  /** Where the instansi requires a second review, the move waits there instead of reaching `to`. */
  heldForSecondReview?: AssessmentStatus;
  /** An evaluator may make it only as the unit's team lead, and not on their own approval. */
  secondReviewer?: boolean;
  /** Refused once this layer has closed for the assessment (its deadline, reopenings counted). */
  needsOpenLayer?: AnswerLayer;
}

/** What about this assessment and viewer, beyond status and role, decides a move. */
export interface MoveContext {
  secondReview: boolean;
  isTeamLead: boolean;
  /** Whether the viewer made the approval that waits for the second review. */
  approvedByViewer: boolean;
}

const {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  RETURNED,
  SECOND_REVIEW,
  EVALUATED,
  PROPOSED,
  NOT_PROPOSED,
  AWARDED,
  NOT_AWARDED,
} = AssessmentStatus;
const { ADMIN, EVALUATOR, UNIT_OPERATOR } = Role;

/** The one place that says who may move an assessment from where to where. */
export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  [WorkflowAction.SUBMIT]: {
    from: [DRAFT, RETURNED],
    to: SUBMITTED,
    roles: [UNIT_OPERATOR, ADMIN],
    publicStage: Stage.SELF_ASSESSED,
    needsOpenLayer: AnswerLayer.UNIT,
  },
  [WorkflowAction.START_REVIEW]: { from: [SUBMITTED], to: IN_REVIEW, roles: [EVALUATOR, ADMIN] },
  [WorkflowAction.RETURN]: { from: [SUBMITTED, IN_REVIEW], to: RETURNED, roles: [EVALUATOR, ADMIN] },
  [WorkflowAction.APPROVE]: {
    from: [IN_REVIEW],
    to: EVALUATED,
    roles: [EVALUATOR, ADMIN],
    publicStage: Stage.TPI_EVALUATED,
    heldForSecondReview: SECOND_REVIEW,
  },
  [WorkflowAction.CONFIRM]: {
    from: [SECOND_REVIEW],
    to: EVALUATED,
    roles: [EVALUATOR, ADMIN],
    publicStage: Stage.TPI_EVALUATED,
    secondReviewer: true,
  },
  [WorkflowAction.SEND_BACK]: {
    from: [SECOND_REVIEW],
    to: IN_REVIEW,
    roles: [EVALUATOR, ADMIN],
    needsReason: true,
    secondReviewer: true,
  },
  [WorkflowAction.REOPEN]: {
    from: [EVALUATED, NOT_PROPOSED],
    to: IN_REVIEW,
    roles: [ADMIN],
    needsReason: true,
  },
  [WorkflowAction.PROPOSE]: { from: [EVALUATED], to: PROPOSED, roles: [ADMIN], publicStage: Stage.PROPOSED },
  [WorkflowAction.DECLINE]: { from: [EVALUATED], to: NOT_PROPOSED, roles: [ADMIN], needsReason: true },
  [WorkflowAction.RECORD_AWARD]: { from: [PROPOSED], to: AWARDED, roles: [ADMIN] },
  [WorkflowAction.RECORD_NOT_AWARDED]: {
    from: [PROPOSED],
    to: NOT_AWARDED,
    roles: [ADMIN],
    publicStage: Stage.NOT_AWARDED,
  },
};

/** Where an action leads and whether the public timeline gains a step on the way. */
export function destinationOf(
  action: WorkflowAction,
  context: Pick<MoveContext, 'secondReview'>,
): { status: AssessmentStatus; publicStage?: Stage } {
  const transition = TRANSITIONS[action];
  if (context.secondReview && transition.heldForSecondReview)
    return { status: transition.heldForSecondReview };
  return { status: transition.to, publicStage: transition.publicStage };
}

/** Why a move is refused: a stable reason clients translate, and a message for API users. */
export interface Refusal {
  reason: RefusalReason;
  message: string;
}

const words = (value: string) => value.replaceAll('_', ' ');

/** Why an action is refused, in words a person can act on; null when it is allowed. */
export function refusal(
  action: WorkflowAction,
  status: AssessmentStatus,
  role: Role,
  context: MoveContext,
): Refusal | null {
  const transition = TRANSITIONS[action];
  if (!transition.roles.includes(role)) {
    return {
      reason: RefusalReason.WORKFLOW_ROLE,
      message: `Your role may not ${words(action)} an assessment.`,
    };
  }
  if (!transition.from.includes(status)) {
    return {
      reason: RefusalReason.WORKFLOW_STATUS,
      message: `An assessment that is ${words(status)} cannot be moved by ${words(action)}; it must be ${transition.from.map(words).join(' or ')}.`,
    };
  }
  if (transition.secondReviewer && role === EVALUATOR && !context.isTeamLead) {
    return {
      reason: RefusalReason.WORKFLOW_NOT_TEAM_LEAD,
      message: "Only the team lead (ketua tim) of this unit's evaluators makes the second review.",
    };
  }
  if (transition.secondReviewer && context.approvedByViewer) {
    return {
      reason: RefusalReason.WORKFLOW_OWN_APPROVAL,
      message: 'The second review must be made by someone other than the person who approved.',
    };
  }
  return null;
}

/** The moves status and role allow; `WorkflowService.allowedActions` also weighs the deadlines. */
export function allowedActions(status: AssessmentStatus, role: Role, context: MoveContext): WorkflowAction[] {
  return Object.values(WorkflowAction).filter((action) => refusal(action, status, role, context) === null);
}
