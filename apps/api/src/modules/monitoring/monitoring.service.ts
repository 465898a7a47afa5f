import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { addDays, compareQuarters, quarterOf, quarterStart, todayInIndonesia } from '../../common/dates.js';
import { badInput, forbidden, notFound, UNIQUE_VIOLATION } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { Unit } from '../units/unit.entity.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import type { UnitService } from '../units/unit.service.js';
import { Finding } from './finding.entity.js';
import type {
  FollowUpInput,
  OpenMonitoringRoundInput,
  RecordFindingInput,
  SetMonitoringProgressInput,
} from './monitoring.inputs.js';
import { addFollowUps, addRecommendation, progressOf, setProgress } from './monitoring.queries.js';
import { MonitoringProgress } from './monitoring-progress.entity.js';
import { MonitoringRound } from './monitoring-round.entity.js';

/** The instansi whose rounds a viewer sees: their own, or their unit's. */
export async function instansiOfViewer(viewer: Viewer, units: UnitService): Promise<string | null> {
  if (viewer.instansiId) return viewer.instansiId;
  if (!viewer.unitId) return null;
  return (await units.byId(viewer.unitId, unitScopeOf(viewer)))?.instansiId ?? null;
}

/** Why nothing more can be written to a round — it is closed — or null while it is open. */
export function closedRoundRefusal(round: MonitoringRound): GraphQLError | null {
  if (!round.closedAt) return null;
  return forbidden(`The round of quarter ${round.quarter} of ${round.year} is closed.`, {
    reason: RefusalReason.ROUND_CLOSED,
    year: round.year,
    quarter: round.quarter,
  });
}

/** Quarterly monitoring (monev): rounds, progress per area, and findings with their follow-ups. */
export class MonitoringService {
  constructor(
    private readonly db: Db,
    private readonly units: UnitService,
  ) {}

  async rounds(viewer: Viewer, year: number | null): Promise<MonitoringRound[]> {
    const instansiId = await instansiOfViewer(viewer, this.units);
    if (!instansiId) return [];
    return this.db.manager.getRepository(MonitoringRound).find({
      where: year ? { instansiId, year } : { instansiId },
      order: { year: 'DESC', quarter: 'DESC' },
    });
  }

  async round(viewer: Viewer, globalId: string, field = 'roundId'): Promise<MonitoringRound | null> {
    const id = fromGlobalIdOf('MonitoringRound', globalId, field);
    const instansiId = await instansiOfViewer(viewer, this.units);
    return instansiId ? this.db.manager.getRepository(MonitoringRound).findOneBy({ id, instansiId }) : null;
  }

  /** The round's judgements of units in the viewer's scope, optionally of one unit. */
  progress(
    viewer: Viewer,
    round: MonitoringRound,
    unitGlobalId: string | null,
  ): Promise<MonitoringProgress[]> {
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'p.unit_id');
    const query = this.db.manager
      .getRepository(MonitoringProgress)
      .createQueryBuilder('p')
      .where('p.round_id = :roundId', { roundId: round.id })
      .andWhere(condition, parameters)
      .orderBy('p.unit_id')
      .addOrderBy('p.area');
    if (unitGlobalId)
      query.andWhere('p.unit_id = :unitId', { unitId: fromGlobalIdOf('Unit', unitGlobalId, 'unitId') });
    return query.getMany();
  }

  findings(viewer: Viewer, round: MonitoringRound, unitGlobalId: string | null): Promise<Finding[]> {
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'f.unit_id');
    const query = this.db.manager
      .getRepository(Finding)
      .createQueryBuilder('f')
      .where('f.round_id = :roundId', { roundId: round.id })
      .andWhere(condition, parameters)
      .orderBy('f.created_at')
      .addOrderBy('f.id');
    if (unitGlobalId)
      query.andWhere('f.unit_id = :unitId', { unitId: fromGlobalIdOf('Unit', unitGlobalId, 'unitId') });
    return query.getMany();
  }

  async open(
    viewer: Viewer,
    input: OpenMonitoringRoundInput,
    request: RequestInfo,
  ): Promise<MonitoringRound> {
    const instansiId = viewer.instansiId;
    if (!instansiId) throw forbidden('Only Inspektorat staff open monitoring rounds.');
    const current = quarterOf(todayInIndonesia());
    if (compareQuarters(input, current) > 0) {
      throw badInput('quarter', `quarter ${input.quarter} of ${input.year} has not begun yet`, {
        reason: RefusalReason.QUARTER_NOT_BEGUN,
        ...input,
      });
    }
    try {
      return await this.db.transaction(async (manager) => {
        const round = await manager.save(
          manager.create(MonitoringRound, { instansiId, ...input, createdBy: viewer.id }),
        );
        await recordChange(
          manager,
          viewer,
          request,
          'monitoring.open',
          'monitoring_round',
          round.id,
          null,
          input,
        );
        return round;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw badInput('quarter', `a round for quarter ${input.quarter} of ${input.year} exists already`, {
          reason: RefusalReason.ROUND_EXISTS,
          ...input,
        });
      }
      throw error;
    }
  }

  async close(viewer: Viewer, roundId: string, request: RequestInfo): Promise<MonitoringRound> {
    const round = await this.openRound(viewer, roundId);
    return this.db.transaction(async (manager) => {
      await manager.update(MonitoringRound, { id: round.id }, { closedAt: new Date() });
      await recordChange(
        manager,
        viewer,
        request,
        'monitoring.close',
        'monitoring_round',
        round.id,
        null,
        {},
      );
      return manager.findOneByOrFail(MonitoringRound, { id: round.id });
    });
  }

  async setProgress(viewer: Viewer, input: SetMonitoringProgressInput, request: RequestInfo) {
    const round = await this.openRound(viewer, input.roundId);
    const unit = await this.unitOfRound(viewer, round, input.unitId);
    const note = input.note?.trim() || null;
    return this.db.transaction(async (manager) => {
      const key = { roundId: round.id, unitId: unit.id, area: input.area };
      const [before] = await progressOf(manager, key);
      await setProgress(manager, { ...key, judgement: input.judgement, note, updatedBy: viewer.id });
      await recordChange(manager, viewer, request, 'monitoring.progress', 'unit', unit.id, before ?? null, {
        roundId: round.id,
        area: input.area,
        judgement: input.judgement,
        note,
      });
      return manager.findOneByOrFail(MonitoringProgress, {
        roundId: round.id,
        unitId: unit.id,
        area: input.area,
      });
    });
  }

  /**
   * A finding, its recommendations and their follow-ups, for the unit and for each other unit it
   * also holds for (`alsoUnitIds`): all saved, or none. Returns the first unit's finding.
   */
  async recordFinding(viewer: Viewer, input: RecordFindingInput, request: RequestInfo): Promise<Finding> {
    const round = await this.openRound(viewer, input.roundId);
    const unit = await this.unitOfRound(viewer, round, input.unitId);
    const others = await this.otherUnitsOfRound(viewer, unit, input.alsoUnitIds ?? []);
    input.recommendations.forEach((recommendation, r) => {
      recommendation.followUps.forEach((followUp, f) => {
        checkDueDate(followUp, `recommendations.${r}.followUps.${f}.dueOn`);
      });
    });
    return this.db.transaction(async (manager) => {
      const finding = await this.saveFinding(manager, viewer, request, round, unit.id, input);
      for (const other of others) await this.saveFinding(manager, viewer, request, round, other, input);
      return finding;
    });
  }

  private async saveFinding(
    manager: EntityManager,
    viewer: Viewer,
    request: RequestInfo,
    round: MonitoringRound,
    unitId: string,
    input: RecordFindingInput,
  ): Promise<Finding> {
    const finding = await manager.save(
      manager.create(Finding, {
        roundId: round.id,
        unitId,
        area: input.area ?? null,
        description: input.description.trim(),
        createdBy: viewer.id,
      }),
    );
    for (const recommendation of input.recommendations) {
      const [added] = await addRecommendation(manager, {
        findingId: finding.id,
        description: recommendation.description.trim(),
      });
      await addFollowUps(manager, {
        recommendationId: (added as { id: string }).id,
        unitId,
        createdBy: viewer.id,
        descriptions: recommendation.followUps.map((followUp) => followUp.description.trim()),
        ownerNames: recommendation.followUps.map((followUp) => followUp.ownerName.trim()),
        dueOn: recommendation.followUps.map((followUp) => followUp.dueOn),
      });
    }
    await recordChange(manager, viewer, request, 'monitoring.finding', 'finding', finding.id, null, {
      roundId: round.id,
      unitId,
      area: input.area ?? null,
      description: finding.description,
      recommendations: input.recommendations,
    });
    return finding;
  }

  /** The other units a finding also holds for: active and in the viewer's scope (so in the round's instansi). */
  private async otherUnitsOfRound(
    viewer: Viewer,
    unit: Unit,
    globalIds: readonly string[],
  ): Promise<string[]> {
    const ids = await this.units.activeIdsInScope(globalIds, unitScopeOf(viewer), 'alsoUnitIds');
    return ids.filter((id) => id !== unit.id);
  }

  /** A round that can still be written to, in the viewer's instansi. */
  private async openRound(viewer: Viewer, roundId: string): Promise<MonitoringRound> {
    const round = await this.round(viewer, roundId);
    if (!round) throw notFound('roundId', 'monitoring round', 'your instansi');
    const closed = closedRoundRefusal(round);
    if (closed) throw closed;
    return round;
  }

  private async unitOfRound(viewer: Viewer, round: MonitoringRound, unitGlobalId: string): Promise<Unit> {
    const unit = await this.units.byId(fromGlobalIdOf('Unit', unitGlobalId, 'unitId'), unitScopeOf(viewer));
    if (!unit || unit.instansiId !== round.instansiId) {
      throw notFound('unitId', 'unit');
    }
    return unit;
  }
}

/** Follow-ups steer this program period; a date further off is a typing slip (9999 for 2026). */
const MAX_DUE_DAYS = 3 * 366;

/**
 * A follow-up is due today or later, never in a quarter that has already closed, and within three
 * years.
 */
export function checkDueDate(
  followUp: Pick<FollowUpInput, 'dueOn'>,
  field: string,
  today = todayInIndonesia(),
) {
  const due = quarterOf(followUp.dueOn);
  if (followUp.dueOn < quarterStart(quarterOf(today))) {
    throw badInput(field, `${field} falls in quarter ${due.quarter} of ${due.year}, which has closed`, {
      reason: RefusalReason.DUE_IN_CLOSED_QUARTER,
      ...due,
    });
  }
  if (followUp.dueOn < today) {
    throw badInput(field, `${field} must be today (${today}) or later`, {
      reason: RefusalReason.DUE_IN_PAST,
      today,
    });
  }
  const latest = addDays(today, MAX_DUE_DAYS);
  if (followUp.dueOn > latest) {
    throw badInput(field, `${field} must be on or before ${latest}`, {
      reason: RefusalReason.DUE_TOO_FAR,
      latest,
    });
  }
}
