import type { EntityManager } from 'typeorm';
import type { RequestInfo } from '../../common/context.js';
import { badInput, forbidden, notFound, UNIQUE_VIOLATION } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Unit } from './unit.entity.js';
import { aliasesProblem, normaliseAliases } from './unit-aliases.js';
import type { ArchiveUnitInput, UnitInput } from './unit-registry.inputs.js';

/** The registered fields of a unit, trimmed, as stored and as imported. */
export type UnitFields = Pick<
  Unit,
  'name' | 'kind' | 'code' | 'regionCode' | 'address' | 'headName' | 'servesPublic' | 'aliases'
>;

export function unitFieldsOf(input: UnitInput): UnitFields {
  const optional = (value: string | null | undefined) => value?.trim() || null;
  return {
    name: input.name.trim(),
    kind: input.kind,
    code: optional(input.code),
    regionCode: optional(input.regionCode),
    address: optional(input.address),
    headName: optional(input.headName),
    servesPublic: input.servesPublic,
    aliases: checkedAliases(input.aliases ?? []),
  };
}

function checkedAliases(given: string[]): string[] {
  const aliases = normaliseAliases(given);
  const problem = aliasesProblem(aliases);
  if (problem) throw badInput('aliases', `aliases: ${problem}`, { reason: RefusalReason.INVALID_ALIASES });
  return aliases;
}

export const fieldsOfUnit = (unit: Unit): UnitFields => ({
  name: unit.name,
  kind: unit.kind,
  code: unit.code,
  regionCode: unit.regionCode,
  address: unit.address,
  headName: unit.headName,
  servesPublic: unit.servesPublic,
  aliases: unit.aliases,
});

/** A unique violation as the field the person can fix. */
export function duplicateUnitError(error: unknown, field = ''): Error | null {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== UNIQUE_VIOLATION) return null;
  if (constraint === 'unit_instansi_code_key') {
    return badInput(`${field}code`, `${field}code: another unit of your instansi has this code`, {
      reason: RefusalReason.UNIT_CODE_TAKEN,
    });
  }
  return badInput(`${field}name`, `${field}name: another unit of your instansi has this name`, {
    reason: RefusalReason.UNIT_NAME_TAKEN,
  });
}

/** The Inspektorat registers its units: create, edit, archive, restore; never delete. */
export class UnitRegistryService {
  constructor(private readonly db: Db) {}

  create(viewer: Viewer, input: UnitInput, request: RequestInfo): Promise<Unit> {
    const instansiId = instansiOf(viewer);
    const fields = unitFieldsOf(input);
    return this.write(async (manager) => {
      const unit = await manager.save(manager.create(Unit, { ...fields, instansiId }));
      await recordChange(manager, viewer, request, 'unit.create', 'unit', unit.id, null, fields);
      return unit;
    });
  }

  update(viewer: Viewer, unitId: string, input: UnitInput, request: RequestInfo): Promise<Unit> {
    const fields = unitFieldsOf(input);
    return this.write(async (manager) => {
      const unit = await this.ownUnit(manager, viewer, unitId);
      await manager.update(Unit, { id: unit.id }, fields);
      await recordChange(
        manager,
        viewer,
        request,
        'unit.update',
        'unit',
        unit.id,
        fieldsOfUnit(unit),
        fields,
      );
      return manager.findOneByOrFail(Unit, { id: unit.id });
    });
  }

  archive(viewer: Viewer, input: ArchiveUnitInput, request: RequestInfo): Promise<Unit> {
    const reason = input.reason.trim();
    if (!reason)
      throw badInput('reason', 'reason: say why the unit is archived', {
        reason: RefusalReason.REASON_REQUIRED,
      });
    return this.write(async (manager) => {
      const unit = await this.ownUnit(manager, viewer, input.unitId);
      if (unit.archivedAt)
        throw badInput('unitId', 'unitId: this unit is archived already', {
          reason: RefusalReason.UNIT_ARCHIVED,
        });
      await manager.update(Unit, { id: unit.id }, { archivedAt: new Date(), archiveReason: reason });
      await recordChange(manager, viewer, request, 'unit.archive', 'unit', unit.id, null, { reason });
      return manager.findOneByOrFail(Unit, { id: unit.id });
    });
  }

  restore(viewer: Viewer, unitId: string, request: RequestInfo): Promise<Unit> {
    return this.write(async (manager) => {
      const unit = await this.ownUnit(manager, viewer, unitId);
      await manager.update(Unit, { id: unit.id }, { archivedAt: null, archiveReason: null });
      await recordChange(
        manager,
        viewer,
        request,
        'unit.restore',
        'unit',
        unit.id,
        { reason: unit.archiveReason },
        null,
      );
      return manager.findOneByOrFail(Unit, { id: unit.id });
    });
  }

  private async write(work: (manager: EntityManager) => Promise<Unit>): Promise<Unit> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      throw duplicateUnitError(error) ?? error;
    }
  }

  private async ownUnit(manager: EntityManager, viewer: Viewer, unitGlobalId: string): Promise<Unit> {
    const id = fromGlobalIdOf('Unit', unitGlobalId, 'unitId');
    const unit = await manager
      .getRepository(Unit)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :id AND u.instansi_id = :instansiId', { id, instansiId: instansiOf(viewer) })
      .getOne();
    if (!unit) throw notFound('unitId', 'unit', 'your instansi');
    return unit;
  }
}

export function instansiOf(viewer: Viewer): string {
  if (!viewer.instansiId) throw forbidden('Only Inspektorat staff manage units.');
  return viewer.instansiId;
}
