import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { keysetPage, type Page } from '../../common/connection.js';
import type { RequestInfo } from '../../common/context.js';
import { todayInIndonesia } from '../../common/dates.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import { Role } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import { FollowUp, FollowUpStatus } from './follow-up.entity.js';
import type { FollowUpsArgs, RespondToFollowUpInput, ReviewFollowUpInput } from './monitoring.inputs.js';
import { followUpOverdueSql } from './overdue.js';

/** What the unit may say of a follow-up, in the order it says them: verifying is the Inspektorat's. */
export const UNIT_ANSWERS: readonly FollowUpStatus[] = [FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE];
/** Evaluators verify follow-ups; they never answer them for the unit. */
export const ANSWERING_ROLES: readonly Role[] = [Role.UNIT_OPERATOR, Role.ADMIN];
/** The Inspektorat and the TPI judge what the unit did; the unit never judges its own. */
export const REVIEWING_ROLES: readonly Role[] = [Role.ADMIN, Role.EVALUATOR];

type Judged = Pick<FollowUp, 'status'>;

/**
 * Why `role` may not answer a follow-up in its scope — nor attach files to it or remove them —
 * or null when it may. Without the follow-up, only the role is judged.
 */
export function answerRefusal(role: Role, followUp?: Judged): GraphQLError | null {
  if (!ANSWERING_ROLES.includes(role)) {
    return forbidden("Only the unit and the Inspektorat's administrators answer follow-ups.");
  }
  if (followUp?.status === FollowUpStatus.VERIFIED) {
    return forbidden('This follow-up has been verified and closed.', {
      reason: RefusalReason.FOLLOW_UP_VERIFIED,
    });
  }
  return null;
}

/**
 * Why `role` may not verify a follow-up in its scope or send it back, or null when it may.
 * Without the follow-up, only the role is judged.
 */
export function reviewRefusal(role: Role, followUp?: Judged): GraphQLError | null {
  if (!REVIEWING_ROLES.includes(role)) return forbidden('Only the Inspektorat verifies follow-ups.');
  if (followUp && followUp.status !== FollowUpStatus.DONE) {
    return forbidden('Only a follow-up the unit calls done can be verified or sent back.', {
      reason: RefusalReason.FOLLOW_UP_NOT_DONE,
      status: followUp.status,
    });
  }
  return null;
}

const notInScope = () => notFound('followUpId', 'follow-up');

/** The unit answers its follow-ups; the Inspektorat verifies them or sends them back. */
export class FollowUpService {
  constructor(private readonly db: Db) {}

  page(viewer: Viewer, args: FollowUpsArgs): Promise<Page<FollowUp>> {
    const filtered = () => {
      const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'f.unit_id');
      const query = this.db.manager
        .getRepository(FollowUp)
        .createQueryBuilder('f')
        .where(condition, parameters);
      const filter = args.filter;
      if (filter?.unitId)
        query.andWhere('f.unit_id = :unitId', {
          unitId: fromGlobalIdOf('Unit', filter.unitId, 'filter.unitId'),
        });
      if (filter?.roundId) {
        query.andWhere(
          'EXISTS (SELECT 1 FROM recommendation r JOIN finding fi ON fi.id = r.finding_id WHERE r.id = f.recommendation_id AND fi.round_id = :roundId)',
          { roundId: fromGlobalIdOf('MonitoringRound', filter.roundId, 'filter.roundId') },
        );
      }
      if (filter?.coachingSessionId) {
        query.andWhere('f.coaching_session_id = :sessionId', {
          sessionId: fromGlobalIdOf('CoachingSession', filter.coachingSessionId, 'filter.coachingSessionId'),
        });
      }
      if (filter?.status?.length) query.andWhere('f.status IN (:...statuses)', { statuses: filter.status });
      if (filter?.overdue) query.andWhere(followUpOverdueSql('f', ':today'), { today: todayInIndonesia() });
      return query;
    };
    return keysetPage(
      filtered(),
      { expression: 'f.due_on', cursorValue: (followUp) => followUp.dueOn },
      true,
      args,
      () => filtered().getCount(),
    );
  }

  async respond(viewer: Viewer, input: RespondToFollowUpInput, request: RequestInfo): Promise<FollowUp> {
    if (!UNIT_ANSWERS.includes(input.status)) {
      throw badInput('status', 'status must be IN_PROGRESS or DONE: the Inspektorat verifies', {
        reason: RefusalReason.FOLLOW_UP_STATUS,
      });
    }
    const id = fromGlobalIdOf('FollowUp', input.followUpId, 'followUpId');
    return this.db.transaction(async (manager) => {
      const followUp = await this.answerable(manager, viewer, id);
      const changes = {
        status: input.status,
        response: input.response.trim(),
        evidenceUrl: input.evidenceUrl?.trim() || null,
        respondedBy: viewer.id,
        respondedAt: new Date(),
      };
      await manager.update(FollowUp, { id: followUp.id }, changes);
      await recordChange(
        manager,
        viewer,
        request,
        'follow_up.respond',
        'follow_up',
        followUp.id,
        { status: followUp.status, response: followUp.response },
        { status: changes.status, response: changes.response, evidenceUrl: changes.evidenceUrl },
      );
      return manager.findOneByOrFail(FollowUp, { id: followUp.id });
    });
  }

  /**
   * The follow-up a viewer may answer — and attach files to or remove them from: the unit's own
   * operator or an administrator of its instansi, until the Inspektorat has verified it. Locked
   * for the rest of the caller's transaction, so a verification cannot slip in between.
   */
  async answerable(manager: EntityManager, viewer: Viewer, id: string): Promise<FollowUp> {
    const refusedRole = answerRefusal(viewer.role);
    if (refusedRole) throw refusedRole;
    const followUp = await this.scoped(manager, viewer, id).setLock('pessimistic_write').getOne();
    if (!followUp) throw notInScope();
    const refused = answerRefusal(viewer.role, followUp);
    if (refused) throw refused;
    return followUp;
  }

  /** The follow-up if the viewer may see it, else null. */
  async byId(viewer: Viewer, globalId: string): Promise<FollowUp | null> {
    const id = fromGlobalIdOf('FollowUp', globalId, 'id');
    return this.scoped(this.db.manager, viewer, id).getOne();
  }

  async review(viewer: Viewer, input: ReviewFollowUpInput, request: RequestInfo): Promise<FollowUp> {
    const refusedRole = reviewRefusal(viewer.role);
    if (refusedRole) throw refusedRole;
    const followUp = await this.inScope(viewer, input.followUpId);
    const refused = reviewRefusal(viewer.role, followUp);
    if (refused) throw refused;
    const note = input.note?.trim() || null;
    if (!input.accept && !note) {
      throw badInput('note', 'note: say what is still missing', { reason: RefusalReason.NOTE_REQUIRED });
    }
    return this.db.transaction(async (manager) => {
      const changes = input.accept
        ? { status: FollowUpStatus.VERIFIED, verifiedBy: viewer.id, verifiedAt: new Date(), reviewNote: note }
        : { status: FollowUpStatus.IN_PROGRESS, reviewNote: note };
      await manager.update(FollowUp, { id: followUp.id }, changes);
      await recordChange(
        manager,
        viewer,
        request,
        input.accept ? 'follow_up.verify' : 'follow_up.send_back',
        'follow_up',
        followUp.id,
        { status: followUp.status },
        { status: changes.status, note },
      );
      return manager.findOneByOrFail(FollowUp, { id: followUp.id });
    });
  }

  private async inScope(viewer: Viewer, globalId: string): Promise<FollowUp> {
    const id = fromGlobalIdOf('FollowUp', globalId, 'followUpId');
    const followUp = await this.scoped(this.db.manager, viewer, id).getOne();
    if (!followUp) throw notInScope();
    return followUp;
  }

  private scoped(manager: EntityManager, viewer: Viewer, id: string) {
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'f.unit_id');
    return manager
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .where('f.id = :id', { id })
      .andWhere(condition, parameters);
  }
}
