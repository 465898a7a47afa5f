import type { DataSource, EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { compareQuarters, quarterOf, todayInIndonesia } from '../../common/dates.js';
import { badInput, forbidden } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { Unit } from '../units/unit.entity.js';
import { unitScopeOf } from '../units/unit.scope.js';
import type { UnitService } from '../units/unit.service.js';
import { Role } from '../users/user.entity.js';
import type { ActionPlanItemInput, ActionPlanProgressInput } from './action-plan.inputs.js';
import { ActionPlanItem, PlanItemStatus } from './action-plan-item.entity.js';

/** An activity is late once its target quarter has ended and it is not done. */
export function isLate(
  item: Pick<ActionPlanItem, 'year' | 'targetQuarter' | 'status'>,
  today = todayInIndonesia(),
) {
  return (
    item.status !== PlanItemStatus.DONE &&
    compareQuarters({ year: item.year, quarter: item.targetQuarter }, quarterOf(today)) < 0
  );
}

/** Units write their action plan (rencana aksi); the Inspektorat reads it and sees what is late. */
export class ActionPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitService,
  ) {}

  async items(viewer: Viewer, unitGlobalId: string, year: number): Promise<ActionPlanItem[]> {
    const unit = await this.unitInScope(viewer, unitGlobalId);
    return this.dataSource.getRepository(ActionPlanItem).find({
      where: { unitId: unit.id, year },
      order: { area: 'ASC', targetQuarter: 'ASC', createdAt: 'ASC' },
    });
  }

  async add(viewer: Viewer, input: ActionPlanItemInput, request: RequestInfo): Promise<ActionPlanItem> {
    const unit = await this.writableUnit(viewer, input.unitId);
    const quarter = { year: input.year, quarter: input.targetQuarter };
    if (compareQuarters(quarter, quarterOf(todayInIndonesia())) < 0) {
      throw badInput('targetQuarter', `quarter ${input.targetQuarter} of ${input.year} has closed`, {
        reason: 'QUARTER_CLOSED',
        ...quarter,
      });
    }
    return this.dataSource.transaction(async (manager) => {
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
    const item = await this.dataSource
      .getRepository(ActionPlanItem)
      .findOneBy({ id: fromGlobalIdOf('ActionPlanItem', input.itemId, 'itemId') });
    if (!item) throw badInput('itemId', 'itemId: no activity with this ID in your scope');
    await this.writableUnit(viewer, item.unitId, true);
    const realisation = input.realisation?.trim() || null;
    if (input.status === PlanItemStatus.DONE && !realisation) {
      throw badInput('realisation', 'realisation: say what was done', { reason: 'REALISATION_REQUIRED' });
    }
    return this.dataSource.transaction(async (manager) => {
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

  private async unitInScope(viewer: Viewer, unitGlobalId: string): Promise<Unit> {
    const unit = await this.units.byId(fromGlobalIdOf('Unit', unitGlobalId, 'unitId'), unitScopeOf(viewer));
    if (!unit) throw badInput('unitId', 'unitId: no unit with this ID in your scope');
    return unit;
  }

  /** The unit writes its own plan; the Inspektorat may too. Evaluators read. */
  private async writableUnit(viewer: Viewer, unitId: string, isUuid = false): Promise<Unit> {
    if (viewer.role === Role.EVALUATOR) throw forbidden('Evaluators read action plans; units write them.');
    const id = isUuid ? unitId : fromGlobalIdOf('Unit', unitId, 'unitId');
    const unit = await this.units.byId(id, unitScopeOf(viewer));
    if (!unit) throw badInput('unitId', 'unitId: no unit with this ID in your scope');
    return unit;
  }
}
