import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { addDays, compareQuarters, quarterOf, quarterStart, todayInIndonesia } from '../../common/dates.js';
import {
  badInput,
  conflict,
  forbidden,
  graphqlEnumName,
  notFound,
  UNIQUE_VIOLATION,
} from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { namedQuery } from '../../common/named-query.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { Unit } from '../units/unit.entity.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import type { UnitService } from '../units/unit.service.js';
import { ChangeArea } from './change-area.js';
import { Finding } from './finding.entity.js';
import type {
  FollowUpInput,
  MonitoringCellInput,
  OpenMonitoringRoundInput,
  RecordFindingInput,
  SaveMonitoringCellsInput,
  SetMonitoringProgressInput,
} from './monitoring.inputs.js';
import {
  addFollowUps,
  addRecommendation,
  cellsAt,
  earlierJudgedRounds,
  progressOf,
  type SavedCell,
  saveCells,
  savedCellColumns,
  setProgress,
} from './monitoring.queries.js';
import { MonitoringProgress, ProgressJudgement } from './monitoring-progress.entity.js';
import { MonitoringRound } from './monitoring-round.entity.js';

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
    const instansiId = await this.units.instansiOf(viewer);
    if (!instansiId) return [];
    return this.db.manager.getRepository(MonitoringRound).find({
      where: year ? { instansiId, year } : { instansiId },
      order: { year: 'DESC', quarter: 'DESC' },
    });
  }

  async round(viewer: Viewer, globalId: string, field = 'roundId'): Promise<MonitoringRound | null> {
    const id = fromGlobalIdOf('MonitoringRound', globalId, field);
    const instansiId = await this.units.instansiOf(viewer);
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
   * The grid's save: many cells of one round, each on the version it was edited on, all or none.
   * A cell someone saved since is a CONFLICT naming it and what is saved now; nothing is written.
   * One audit record holds the batch, before and after.
   */
  async saveCells(viewer: Viewer, input: SaveMonitoringCellsInput, request: RequestInfo) {
    const round = await this.openRound(viewer, input.roundId);
    const { cells } = input;
    refuseRepeatedCells(cells);
    await this.units.activeIdsInScope(
      cells.map((cell) => cell.unitId),
      unitScopeOf(viewer),
      'cells',
    );
    const positions = {
      roundId: round.id,
      unitIds: cells.map((cell) => fromGlobalIdOf('Unit', cell.unitId, 'cells')),
      areas: cells.map((cell) => cell.area),
    };
    return this.db.transaction(async (manager) => {
      const before = await cellsAt(manager, positions);
      const saved = await saveCells(manager, {
        ...positions,
        updatedBy: viewer.id,
        judgements: cells.map((cell) => cell.judgement),
        notes: cells.map((cell) => cell.note?.trim() || null),
        versions: cells.map((cell) => cell.version),
      });
      if (saved.length < cells.length) throw await cellConflict(manager, positions, cells, saved);
      await recordChange(
        manager,
        viewer,
        request,
        'monitoring.cells',
        'monitoring_round',
        round.id,
        { cells: before },
        { cells: saved },
      );
      return saved.map((cell) => manager.create(MonitoringProgress, { roundId: round.id, ...cell }));
    });
  }

  /**
   * Copies the judgements of the instansi's latest earlier round into the cells of this round not
   * judged yet, for the active units in the viewer's scope; notes stay behind (they spoke of that
   * quarter). Returns the cells it filled.
   */
  async carryForward(viewer: Viewer, roundId: string, request: RequestInfo): Promise<MonitoringProgress[]> {
    const round = await this.openRound(viewer, roundId);
    const [earlier] = await earlierJudgedRounds(this.db.manager, { roundIds: [round.id] });
    if (!earlier) {
      throw badInput('roundId', 'there is no judged round before this one to carry forward', {
        reason: RefusalReason.NO_EARLIER_ROUND,
      });
    }
    const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'u.id', 'u.instansi_id');
    return this.db.transaction(async (manager) => {
      const copied = await namedQuery<SavedCell[]>(
        manager,
        `INSERT INTO monitoring_progress AS copy (round_id, unit_id, area, judgement, note, updated_by, updated_at)
         SELECT :roundId, p.unit_id, p.area, p.judgement, NULL, :updatedBy, now()
         FROM monitoring_progress p JOIN unit u ON u.id = p.unit_id
         WHERE p.round_id = :earlierId AND u.archived_at IS NULL AND u.instansi_id = :instansiId AND ${condition}
         ON CONFLICT (round_id, unit_id, area) DO NOTHING
         RETURNING ${savedCellColumns('copy')}`,
        {
          ...parameters,
          roundId: round.id,
          earlierId: earlier.earlierId,
          instansiId: round.instansiId,
          updatedBy: viewer.id,
        },
      );
      await recordChange(
        manager,
        viewer,
        request,
        'monitoring.carry_forward',
        'monitoring_round',
        round.id,
        null,
        { from: { year: earlier.year, quarter: earlier.quarter }, cells: copied },
      );
      return copied.map((cell) => manager.create(MonitoringProgress, { roundId: round.id, ...cell }));
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

/** A cell named twice in one save is a slip (a paste over itself): refused, not silently merged. */
function refuseRepeatedCells(cells: readonly MonitoringCellInput[]): void {
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const key = `${cell.unitId} ${cell.area}`;
    if (seen.has(key)) {
      throw badInput(`cells.${index}`, `cells.${index} names a unit and area already in this save`, {
        reason: RefusalReason.DUPLICATE_CELL,
      });
    }
    seen.add(key);
  });
}

/** The first cell of a save someone saved since it was read: what it is now, to show beside the edit. */
async function cellConflict(
  manager: EntityManager,
  positions: { roundId: string; unitIds: string[]; areas: string[] },
  cells: readonly MonitoringCellInput[],
  saved: readonly SavedCell[],
): Promise<GraphQLError> {
  const written = new Set(saved.map((cell) => `${cell.unitId} ${cell.area}`));
  const index = positions.unitIds.findIndex((unitId, at) => !written.has(`${unitId} ${positions.areas[at]}`));
  const stale = cells[index] as MonitoringCellInput;
  const [current] = await cellsAt(manager, {
    roundId: positions.roundId,
    unitIds: [positions.unitIds[index] as string],
    areas: [stale.area],
  });
  return conflict(
    `The judgement of ${stale.area} at unit ${stale.unitId} was changed by someone else (now version ${current?.version ?? 0}, you edited version ${stale.version}). Nothing was saved.`,
    {
      field: `cells.${index}`,
      unitId: stale.unitId,
      area: graphqlEnumName(ChangeArea, stale.area),
      yourVersion: stale.version,
      currentVersion: current?.version ?? 0,
      currentJudgement: current ? graphqlEnumName(ProgressJudgement, current.judgement) : null,
      currentNote: current?.note ?? null,
    },
  );
}
