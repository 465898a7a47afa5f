import { requireFramework } from '@zi/lke';
import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { todayInIndonesia } from '../../common/dates.js';
import { badInput, forbidden, notFound, UNIQUE_VIOLATION } from '../../common/errors.js';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { AnswerLayer, Assessment, AssessmentStatus } from '../assessments/assessment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { WindowService } from '../deadlines/window.service.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { Stage } from '../stages/stage-event.entity.js';
import { recordStageStep } from '../stages/stages.queries.js';
import { unitScopeOf } from '../units/unit.scope.js';
import type { UnitService } from '../units/unit.service.js';
import { checkComplete } from './completeness.js';
import { moveContextOf, queryMoveContexts } from './move-context.js';
import type { MoveAssessmentInput } from './workflow.inputs.js';
import {
  allowedActions,
  destinationOf,
  type MoveContext,
  refusal,
  TRANSITIONS,
  WorkflowAction,
} from './workflow.machine.js';
import {
  activeUsersOfUnit,
  heldAtUnitsLedBy,
  holdsWbk,
  lastProposalDay,
  recordPredicate,
  recordTransition,
  resolveQuestionReturns,
  returnQuestions,
  teamLeadsOfUnit,
} from './workflow.queries.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function reasonOf(input: MoveAssessmentInput): string | null {
  const reason = input.reason?.trim();
  return reason ? reason : null;
}

export class WorkflowService {
  constructor(
    private readonly db: Db,
    private readonly units: UnitService,
    private readonly windows: WindowService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * How many worksheets wait for the viewer's second review: held for it at units whose TPI they
   * lead, and theirs to confirm by the machine's own rule (not the approver's).
   */
  async secondReviewsWaiting(viewer: Viewer): Promise<number> {
    const manager = this.db.manager;
    const held = await heldAtUnitsLedBy(manager, {
      viewerId: viewer.id,
      status: AssessmentStatus.SECOND_REVIEW,
    });
    if (held.length === 0) return 0;
    const contexts = await queryMoveContexts(
      manager,
      held.map(({ id }) => id),
      viewer.id,
    );
    return held.filter(({ id }) => {
      const context = contexts.get(id);
      return (
        context && !refusal(WorkflowAction.CONFIRM, AssessmentStatus.SECOND_REVIEW, viewer.role, context)
      );
    }).length;
  }

  /**
   * The moves the viewer may make now: those the machine allows (`allowedActions`) whose layer has
   * not closed for the assessment, judged by the rules `move` checks.
   */
  async allowedActions(
    viewer: Viewer,
    assessment: Assessment,
    context: MoveContext,
  ): Promise<WorkflowAction[]> {
    const allowed = allowedActions(assessment.status, viewer.role, context);
    if (!allowed.some((action) => TRANSITIONS[action].needsOpenLayer)) return allowed;
    const unit = await this.units.byId(assessment.unitId, unitScopeOf(viewer));
    if (!unit) return [];
    const open: WorkflowAction[] = [];
    for (const action of allowed) {
      if (!(await this.windowRefusal(this.db.manager, action, assessment, unit.instansiId)))
        open.push(action);
    }
    return open;
  }

  /** The refusal of a move whose layer has closed for the assessment (`needsOpenLayer`), or null. */
  private async windowRefusal(
    manager: EntityManager,
    action: WorkflowAction,
    assessment: Assessment,
    instansiId: string,
  ): Promise<GraphQLError | null> {
    const layer = TRANSITIONS[action].needsOpenLayer;
    return layer ? this.windows.closedError(manager, assessment, instansiId, layer) : null;
  }

  /**
   * Moves an assessment by one action of the state machine, in one transaction: the status, the
   * history, returned questions, a public timeline step where the machine says so, and the audit.
   */
  async move(viewer: Viewer, input: MoveAssessmentInput, request: RequestInfo): Promise<Assessment> {
    const id = fromGlobalIdOf('Assessment', input.assessmentId, 'assessmentId');
    try {
      return await this.db.transaction(async (manager) => {
        const assessment = await manager
          .getRepository(Assessment)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.id = :id', { id })
          .getOne();
        const unit = assessment ? await this.units.byId(assessment.unitId, unitScopeOf(viewer)) : null;
        if (!assessment || !unit) {
          throw notFound('assessmentId', 'assessment');
        }
        const context = await moveContextOf(manager, id, viewer.id);
        const refused = refusal(input.action, assessment.status, viewer.role, context);
        if (refused) throw forbidden(refused.message, { reason: refused.reason });
        const closed = await this.windowRefusal(manager, input.action, assessment, unit.instansiId);
        if (closed) throw closed;
        const transition = TRANSITIONS[input.action];
        const destination = destinationOf(input.action, context);
        const reason = reasonOf(input);
        if (transition.needsReason && !reason)
          throw badInput('reason', 'reason: say why, for the history', {
            reason: RefusalReason.REASON_REQUIRED,
          });

        await this.beforeMove(manager, viewer, assessment, input, unit.name);
        const from = assessment.status;
        await manager.update(Assessment, { id }, { status: destination.status });
        if (destination.status === AssessmentStatus.SECOND_REVIEW)
          await this.notifySecondReview(manager, viewer, assessment, unit.name);
        await recordTransition(manager, {
          assessmentId: id,
          action: input.action,
          fromStatus: from,
          toStatus: destination.status,
          actorId: viewer.id,
          reason,
        });
        const stage =
          input.action === WorkflowAction.RECORD_AWARD ? awardStage(input) : destination.publicStage;
        if (stage) {
          await recordStageStep(manager, {
            unitId: assessment.unitId,
            stage,
            occurredOn: input.award?.decreeDate ?? todayInIndonesia(),
            year: assessment.year,
          });
        }
        await recordAudit(manager, {
          actorUserId: viewer.id,
          action: `assessment.${input.action}`,
          entity: 'assessment',
          entityId: id,
          before: { status: from },
          after: {
            status: destination.status,
            reason,
            returns: input.returns ?? undefined,
            award: input.award ?? undefined,
          },
          ip: request.ip,
        });
        return manager.findOneByOrFail(Assessment, { id });
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw badInput('award', 'award: this unit already holds that predicate for the year', {
          reason: RefusalReason.PREDICATE_HELD,
        });
      }
      throw error;
    }
  }

  private async beforeMove(
    manager: EntityManager,
    viewer: Viewer,
    assessment: Assessment,
    input: MoveAssessmentInput,
    unitName: string,
  ): Promise<void> {
    switch (input.action) {
      case WorkflowAction.SUBMIT:
        await checkComplete(manager, assessment, AnswerLayer.UNIT);
        await resolveQuestionReturns(manager, { assessmentId: assessment.id });
        return;
      case WorkflowAction.APPROVE:
        await checkComplete(manager, assessment, AnswerLayer.TPI);
        return;
      case WorkflowAction.RETURN:
        await this.returnQuestions(manager, viewer, assessment, input);
        await this.notifyReturn(manager, assessment, input, unitName);
        return;
      case WorkflowAction.RECORD_AWARD:
        await this.recordPredicate(manager, assessment, input);
        return;
      default:
        return;
    }
  }

  private async returnQuestions(
    manager: EntityManager,
    viewer: Viewer,
    assessment: Assessment,
    input: MoveAssessmentInput,
  ): Promise<void> {
    const returns = input.returns ?? [];
    if (returns.length === 0)
      throw badInput('returns', 'returns: name at least one question to revise, with a reason', {
        reason: RefusalReason.TOO_FEW_ITEMS,
        min: 1,
      });
    const framework = requireFramework(assessment.frameworkCode);
    const unknown = returns.find((item) => !framework.questions.has(item.code));
    if (unknown)
      throw badInput('returns', `returns: no question "${unknown.code}" in ${framework.code}`, {
        reason: RefusalReason.UNKNOWN_QUESTION,
        questionCode: unknown.code,
      });
    await returnQuestions(manager, {
      assessmentId: assessment.id,
      returnedBy: viewer.id,
      codes: returns.map((item) => item.code),
      reasons: returns.map((item) => item.reason.trim()),
    });
  }

  /** The unit's operators hear of returned questions at once: they have a deadline. */
  private async notifyReturn(
    manager: EntityManager,
    assessment: Assessment,
    input: MoveAssessmentInput,
    unitName: string,
  ): Promise<void> {
    const operators = await activeUsersOfUnit(manager, { unitId: assessment.unitId });
    await this.notifications.notify(manager, {
      userIds: operators.map((operator) => operator.id),
      kind: NotificationKind.QUESTION_RETURNED,
      params: { unitName, year: assessment.year, codes: (input.returns ?? []).map((item) => item.code) },
      link: `/admin/assessments/${toGlobalId('Assessment', assessment.id)}`,
    });
  }

  /** The team leads hear at once that an approval waits for their second review: nothing moves without them. */
  private async notifySecondReview(
    manager: EntityManager,
    viewer: Viewer,
    assessment: Assessment,
    unitName: string,
  ): Promise<void> {
    const leads = await teamLeadsOfUnit(manager, { unitId: assessment.unitId, approverId: viewer.id });
    await this.notifications.notify(manager, {
      userIds: leads.map((lead) => lead.id),
      kind: NotificationKind.SECOND_REVIEW_WAITING,
      params: { unitName, year: assessment.year, approverName: leads[0]?.approver_name },
      link: `/admin/assessments/${toGlobalId('Assessment', assessment.id)}?layer=TPI`,
    });
  }

  private async recordPredicate(
    manager: EntityManager,
    assessment: Assessment,
    input: MoveAssessmentInput,
  ): Promise<void> {
    const award = input.award;
    if (!award)
      throw badInput('award', 'award: give the predicate, decree number and decree date', {
        reason: RefusalReason.REQUIRED,
      });
    if (!LOCAL_DATE.test(award.decreeDate) || award.decreeDate > todayInIndonesia()) {
      throw badInput('award.decreeDate', 'award.decreeDate must be a date (YYYY-MM-DD), not in the future', {
        reason: RefusalReason.DATE_IN_FUTURE,
      });
    }
    const [proposal] = await lastProposalDay(manager, {
      assessmentId: assessment.id,
      propose: WorkflowAction.PROPOSE,
    });
    if (proposal?.day && award.decreeDate < proposal.day) {
      throw badInput('award.decreeDate', `award.decreeDate cannot be before the proposal (${proposal.day})`, {
        reason: RefusalReason.DECREE_BEFORE_PROPOSAL,
        proposedOn: proposal.day,
      });
    }
    if (award.predicate === PredicateKind.WBBM) {
      const [held] = await holdsWbk(manager, { unitId: assessment.unitId });
      if (!held)
        throw badInput('award.predicate', 'award.predicate: WBBM goes only to a unit that holds WBK', {
          reason: RefusalReason.WBBM_NEEDS_WBK,
        });
    }
    await recordPredicate(manager, {
      unitId: assessment.unitId,
      kind: award.predicate,
      year: assessment.year,
      decreeNumber: award.decreeNumber.trim(),
      decreeDate: award.decreeDate,
    });
  }
}

function awardStage(input: MoveAssessmentInput): Stage {
  return input.award?.predicate === PredicateKind.WBBM ? Stage.WBBM : Stage.WBK;
}
