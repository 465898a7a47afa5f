import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { addDays, todayInIndonesia } from '../../common/dates.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import { namedQuery } from '../../common/named-query.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { instansiTimeZone } from '../instansi/instansi-time-zone.queries.js';
import { checkDueDate } from '../monitoring/monitoring.service.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import type { UnitService } from '../units/unit.service.js';
import type { AttendanceInput, CoachingSessionInput } from './coaching.inputs.js';
import { addSessionFollowUps, invitedCount, inviteUnits, operatorsOfUnits } from './coaching.queries.js';
import { CoachingSession } from './coaching-session.entity.js';

/** A calendar shows at most a year at a time. */
const MAX_RANGE_DAYS = 400;

/** Coaching sessions and socialisation events: who is invited, who came, what they leave to do. */
export class CoachingService {
  constructor(
    private readonly db: Db,
    private readonly notifications: NotificationService,
    private readonly units: UnitService,
  ) {}

  /** Sessions in a period that invite a unit in the viewer's scope, by start. */
  sessions(viewer: Viewer, from: Date, to: Date): Promise<CoachingSession[]> {
    if (to <= from) throw badInput('to', 'to must be after from', { reason: RefusalReason.RANGE_ORDER });
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
      throw badInput('to', `a period of at most ${MAX_RANGE_DAYS} days`, {
        reason: RefusalReason.RANGE_TOO_LONG,
      });
    }
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'ci.unit_id');
    return this.db.manager
      .getRepository(CoachingSession)
      .createQueryBuilder('s')
      .where('s.starts_at < :to AND s.ends_at > :from', { from, to })
      .andWhere(
        `EXISTS (SELECT 1 FROM coaching_invitation ci WHERE ci.session_id = s.id AND ${condition})`,
        parameters,
      )
      .orderBy('s.starts_at')
      .limit(1000)
      .getMany();
  }

  async schedule(
    viewer: Viewer,
    input: CoachingSessionInput,
    request: RequestInfo,
  ): Promise<CoachingSession> {
    const instansiId = viewer.instansiId;
    if (!instansiId)
      throw forbidden('Only Inspektorat staff schedule coaching.', { reason: RefusalReason.WORKFLOW_ROLE });
    checkPeriod(input);
    const unitIds = await this.units.activeIdsInScope(input.unitIds, unitScopeOf(viewer), 'unitIds');
    const followUps = this.checkFollowUps(input, unitIds);
    return this.db.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(CoachingSession, { ...detailsOf(input), instansiId, createdBy: viewer.id }),
      );
      await inviteUnits(manager, { sessionId: session.id, unitIds });
      await addSessionFollowUps(manager, {
        sessionId: session.id,
        createdBy: viewer.id,
        unitIds: followUps.map((f) => f.unitId),
        descriptions: followUps.map((f) => f.description),
        ownerNames: followUps.map((f) => f.ownerName),
        dueOn: followUps.map((f) => f.dueOn),
      });
      await this.invite(manager, session, unitIds);
      await recordChange(
        manager,
        viewer,
        request,
        'coaching.schedule',
        'coaching_session',
        session.id,
        null,
        {
          ...detailsOf(input),
          unitIds,
          followUps,
        },
      );
      return session;
    });
  }

  async recordAttendance(
    viewer: Viewer,
    input: AttendanceInput,
    request: RequestInfo,
  ): Promise<CoachingSession> {
    const session = await this.sessionOf(viewer, input.sessionId);
    const attended = await this.units.activeIdsInScope(
      input.attendedUnitIds,
      unitScopeOf(viewer),
      'attendedUnitIds',
    );
    return this.db.transaction(async (manager) => {
      // Only the invitations of the viewer's units: an evaluator records the units they coach and
      // leaves the others' attendance as it was.
      const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'ci.unit_id');
      const [, invited] = await namedQuery<[unknown, number]>(
        manager,
        `UPDATE coaching_invitation ci SET attended = (ci.unit_id = ANY(CAST(:attended AS uuid[])))
         WHERE ci.session_id = :sessionId AND ${condition}`,
        { ...parameters, attended, sessionId: session.id },
      );
      const [count] = await invitedCount(manager, { sessionId: session.id, unitIds: attended });
      if (count?.matched !== attended.length) {
        throw badInput('attendedUnitIds', 'attendedUnitIds: only invited units can attend', {
          reason: RefusalReason.NOT_INVITED,
        });
      }
      const notes = input.notes?.trim() || session.notes;
      await manager.update(CoachingSession, { id: session.id }, { notes });
      await recordChange(
        manager,
        viewer,
        request,
        'coaching.attendance',
        'coaching_session',
        session.id,
        null,
        {
          attended,
          invited,
          notes,
        },
      );
      return manager.findOneByOrFail(CoachingSession, { id: session.id });
    });
  }

  async sessionOf(viewer: Viewer, globalId: string, field = 'sessionId'): Promise<CoachingSession> {
    const id = fromGlobalIdOf('CoachingSession', globalId, field);
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'ci.unit_id');
    const session = await this.db.manager
      .getRepository(CoachingSession)
      .createQueryBuilder('s')
      .where('s.id = :id', { id })
      .andWhere(
        `EXISTS (SELECT 1 FROM coaching_invitation ci WHERE ci.session_id = s.id AND ${condition})`,
        parameters,
      )
      .getOne();
    if (!session) throw notFound(field, 'coaching session');
    return session;
  }

  private async invite(manager: EntityManager, session: CoachingSession, unitIds: string[]): Promise<void> {
    const operators = await operatorsOfUnits(manager, { unitIds });
    const [instansi] = await instansiTimeZone(manager, { instansiId: session.instansiId });
    await this.notifications.notifyEach(
      manager,
      operators.map((operator) => ({
        userId: operator.id,
        kind: NotificationKind.COACHING_INVITATION,
        params: {
          topic: session.topic,
          startsAt: session.startsAt.toISOString(),
          endsAt: session.endsAt.toISOString(),
          timeZone: instansi?.time_zone,
          place: session.place,
          onlineUrl: session.onlineUrl,
          unitName: operator.unit_name,
        },
        link: `/admin/pendampingan/${toGlobalId('CoachingSession', session.id)}`,
      })),
    );
  }

  /** Follow-ups go to invited units only, which are in scope already: no unit is read again. */
  /** Each follow-up for its unit, or one per invited unit when it names none (issue 15). */
  private checkFollowUps(input: CoachingSessionInput, invited: readonly string[]) {
    const owed = this.owedFollowUps(input, invited);
    if (owed.length > MAX_SESSION_FOLLOW_UPS)
      throw badInput('followUps', `followUps: at most ${MAX_SESSION_FOLLOW_UPS}, counted unit by unit`, {
        reason: RefusalReason.TOO_MANY_ITEMS,
        max: MAX_SESSION_FOLLOW_UPS,
      });
    return owed;
  }

  private owedFollowUps(input: CoachingSessionInput, invited: readonly string[]) {
    return input.followUps.flatMap((followUp, index) => {
      const field = `followUps.${index}`;
      checkDueDate(followUp, `${field}.dueOn`);
      const owed = {
        description: followUp.description.trim(),
        ownerName: followUp.ownerName.trim(),
        dueOn: followUp.dueOn,
      };
      if (!followUp.unitId) return invited.map((unitId) => ({ unitId, ...owed }));
      const unitId = fromGlobalIdOf('Unit', followUp.unitId, `${field}.unitId`);
      if (!invited.includes(unitId)) {
        throw badInput(`${field}.unitId`, `${field}.unitId must be one of the invited units`, {
          reason: RefusalReason.NOT_INVITED,
        });
      }
      return [{ unitId, ...owed }];
    });
  }
}

/** Follow-ups one session leaves, every invited unit's counted: a socialisation of 250 units, a few each. */
const MAX_SESSION_FOLLOW_UPS = 2_000;

/** A session is held within days; a longer one, or one years away, is a slip of the date. */
const MAX_SESSION_DAYS = 7;
const SESSION_YEARS_BACK = 1;
const SESSION_YEARS_AHEAD = 2;

function checkPeriod(input: CoachingSessionInput, today = todayInIndonesia()): void {
  if (input.endsAt <= input.startsAt) {
    throw badInput('endsAt', 'endsAt must be after startsAt', { reason: RefusalReason.RANGE_ORDER });
  }
  if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_SESSION_DAYS * 86_400_000) {
    throw badInput('endsAt', `a session lasts at most ${MAX_SESSION_DAYS} days`, {
      reason: RefusalReason.RANGE_TOO_LONG,
    });
  }
  const earliest = addDays(today, -366 * SESSION_YEARS_BACK);
  const latest = addDays(today, 366 * SESSION_YEARS_AHEAD);
  const day = todayInIndonesia(input.startsAt.getTime());
  if (day < earliest || day > latest) {
    throw badInput('startsAt', `startsAt must fall between ${earliest} and ${latest}`, {
      reason: RefusalReason.DATE_OUT_OF_RANGE,
      earliest,
      latest,
    });
  }
  if (!input.place?.trim() && !input.onlineUrl?.trim()) {
    throw badInput('place', 'give a place, an online link, or both', {
      reason: RefusalReason.PLACE_REQUIRED,
    });
  }
}

const detailsOf = (input: CoachingSessionInput) => ({
  kind: input.kind,
  topic: input.topic.trim(),
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  place: input.place?.trim() || null,
  onlineUrl: input.onlineUrl?.trim() || null,
  materialsUrl: input.materialsUrl?.trim() || null,
  notes: input.notes?.trim() || null,
});
