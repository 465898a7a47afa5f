import type { SelectQueryBuilder } from 'typeorm';
import { type KeysetSort, keysetPage, type Page } from '../../common/connection.js';
import type { RequestInfo } from '../../common/context.js';
import { compareQuarters, quarterOf, todayInIndonesia } from '../../common/dates.js';
import { badInput, notFound } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import type { UnitService } from '../units/unit.service.js';
import type {
  ActionPlanItemInput,
  ActionPlanProgressInput,
  LatePlanItemsArgs,
} from './action-plan.inputs.js';
import { ActionPlanItem, PlanItemStatus } from './action-plan-item.entity.js';

type PlanTiming = Pick<ActionPlanItem, 'year' | 'targetQuarter' | 'status'>;

/** How many quarters have begun since an undone activity's target quarter ended; 0 if it is not late. */
export function quartersLate(item: PlanTiming, today = todayInIndonesia()): number {
  if (item.status === PlanItemStatus.DONE) return 0;
  const current = quarterOf(today);
  return Math.max(0, (current.year - item.year) * 4 + current.quarter - item.targetQuarter);
}

/** An activity is late once its target quarter has ended and it is not done. */
export function isLate(item: PlanTiming, today = todayInIndonesia()): boolean {
  return quartersLate(item, today) > 0;
}

/**
 * `isLate` as a condition on `action_plan_item i`, with its parameters: lists and counts select the
 * rows `isLate` calls late (a test holds the two together).
 */
export function lateCondition(today = todayInIndonesia()): [string, Record<string, string | number>] {
  const current = quarterOf(today);
  return [
    'i.status <> :notLateStatus AND (i.year, i.target_quarter) < (:currentYear, :currentQuarter)',
    { notLateStatus: PlanItemStatus.DONE, currentYear: current.year, currentQuarter: current.quarter },
  ];
}

/** A listed activity with its unit joined, whose name orders the list. */
type ListedItem = ActionPlanItem & { unit: Unit };

/**
 * The most overdue first, then by unit name: one text key so that the shared keyset paging applies.
 * Years have four digits, quarters one, so the key sorts by quarter before the name.
 */
const LATE_SORT: KeysetSort<ActionPlanItem> = {
  expression: "format('%s-%s %s', i.year, i.target_quarter, u.name)",
  cursorValue: (item) => `${item.year}-${item.targetQuarter} ${(item as ListedItem).unit.name}`,
};

/** Units write their action plan (rencana aksi); the Inspektorat reads it and sees what is late. */
/** The statuses an activity takes only with what was done: a done activity says what it did. */
export const REALISATION_REQUIRED_FOR: readonly PlanItemStatus[] = [PlanItemStatus.DONE];

export class ActionPlanService {
  constructor(
    private readonly db: Db,
    private readonly units: UnitService,
  ) {}

  async items(viewer: Viewer, unitGlobalId: string, year: number): Promise<ActionPlanItem[]> {
    const unit = await this.unitInScope(viewer, unitGlobalId);
    return this.db.manager.getRepository(ActionPlanItem).find({
      where: { unitId: unit.id, year },
      order: { area: 'ASC', targetQuarter: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Late activities of the active units in the viewer's scope, the most overdue first. */
  late(viewer: Viewer, args: LatePlanItemsArgs): Promise<Page<ActionPlanItem>> {
    const unitId = args.unitId ? fromGlobalIdOf('Unit', args.unitId, 'unitId') : null;
    const today = todayInIndonesia();
    const filtered = () => {
      const query = this.listedItems(viewer).andWhere(...lateCondition(today));
      if (unitId) query.andWhere('i.unit_id = :unitId', { unitId });
      if (args.area) query.andWhere('i.area = :area', { area: args.area });
      if (args.year) query.andWhere('i.year = :year', { year: args.year });
      return query;
    };
    return keysetPage(filtered(), LATE_SORT, true, args, () => filtered().getCount());
  }

  async add(viewer: Viewer, input: ActionPlanItemInput, request: RequestInfo): Promise<ActionPlanItem> {
    const unit = await this.writableUnit(viewer, input.unitId);
    const quarter = { year: input.year, quarter: input.targetQuarter };
    if (compareQuarters(quarter, quarterOf(todayInIndonesia())) < 0) {
      throw badInput('targetQuarter', `quarter ${input.targetQuarter} of ${input.year} has closed`, {
        reason: RefusalReason.QUARTER_CLOSED,
        ...quarter,
      });
    }
    return this.db.transaction(async (manager) => {
      const fields = {
        year: input.year,
        area: input.area,
        activity: input.activity.trim(),
        output: input.output.trim(),
        targetQuarter: input.targetQuarter,
        personInCharge: input.personInCharge.trim(),
      };
      const item = await manager.save(
        manager.create(ActionPlanItem, {
          ...fields,
          unitId: unit.id,
          status: PlanItemStatus.PLANNED,
          createdBy: viewer.id,
          updatedBy: viewer.id,
        }),
      );
      await recordChange(manager, viewer, request, 'action_plan.add', 'action_plan_item', item.id, null, {
        unitId: unit.id,
        ...fields,
      });
      return item;
    });
  }

  async progress(
    viewer: Viewer,
    input: ActionPlanProgressInput,
    request: RequestInfo,
  ): Promise<ActionPlanItem> {
    const item = await this.db.manager
      .getRepository(ActionPlanItem)
      .findOneBy({ id: fromGlobalIdOf('ActionPlanItem', input.itemId, 'itemId') });
    if (!item) throw notFound('itemId', 'activity');
    await this.writableUnit(viewer, item.unitId, true);
    const realisation = input.realisation?.trim() || null;
    if (REALISATION_REQUIRED_FOR.includes(input.status) && !realisation) {
      throw badInput('realisation', 'realisation: say what was done', {
        reason: RefusalReason.REALISATION_REQUIRED,
      });
    }
    return this.db.transaction(async (manager) => {
      const changes = {
        status: input.status,
        realisation,
        evidenceUrl: input.evidenceUrl?.trim() || null,
        updatedBy: viewer.id,
      };
      await manager.update(ActionPlanItem, { id: item.id }, changes);
      await recordChange(
        manager,
        viewer,
        request,
        'action_plan.progress',
        'action_plan_item',
        item.id,
        { status: item.status, realisation: item.realisation, evidenceUrl: item.evidenceUrl },
        changes,
      );
      return manager.findOneByOrFail(ActionPlanItem, { id: item.id });
    });
  }

  /** Activities of the active units in the viewer's scope, each with its unit for the list's order. */
  private listedItems(viewer: Viewer): SelectQueryBuilder<ActionPlanItem> {
    const [scope, parameters] = unitScopeCondition(unitScopeOf(viewer), 'i.unit_id', 'u.instansi_id');
    return this.db.manager
      .getRepository(ActionPlanItem)
      .createQueryBuilder('i')
      .innerJoinAndMapOne('i.unit', Unit, 'u', 'u.id = i.unit_id AND u.archived_at IS NULL')
      .where(scope, parameters);
  }

  private async unitInScope(viewer: Viewer, unitGlobalId: string): Promise<Unit> {
    const unit = await this.units.byId(fromGlobalIdOf('Unit', unitGlobalId, 'unitId'), unitScopeOf(viewer));
    if (!unit) throw notFound('unitId', 'unit');
    return unit;
  }

  /**
   * The unit whose plan is written, in the viewer's scope. Who may write at all (the unit and the
   * Inspektorat, not evaluators) is the access rule of the mutations, which User.may reads too.
   */
  private async writableUnit(viewer: Viewer, unitId: string, isUuid = false): Promise<Unit> {
    const id = isUuid ? unitId : fromGlobalIdOf('Unit', unitId, 'unitId');
    const unit = await this.units.byId(id, unitScopeOf(viewer));
    if (!unit) throw notFound('unitId', 'unit');
    return unit;
  }
}
