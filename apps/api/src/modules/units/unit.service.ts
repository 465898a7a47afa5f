import type { SelectQueryBuilder } from 'typeorm';
import {
  type CountStatement,
  countStatementOf,
  type KeysetSort,
  type ListQuery,
  listPage,
  type Page,
  type PageArgs,
} from '../../common/connection.js';
import { badInput } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { namedQuery } from '../../common/named-query.js';
import { OrderDirection } from '../../common/order-direction.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import type { Viewer } from '../auth/viewer.js';
import { UNIT_PREDICATE_STATUS } from '../predicates/predicate-rules.js';
import { unitRowInRegionSql } from './region-rule.js';
import { Unit } from './unit.entity.js';
import { type UnitFilter, type UnitOrder, UnitOrderField } from './unit.inputs.js';
import { type UnitScope, unitScopeCondition, unitScopeOf } from './unit.scope.js';
import { nameOrderFor, unitSearchCondition } from './unit-search.js';
import { activeUnitCount } from './units.queries.js';

export interface UnitPageRequest extends PageArgs {
  filter?: UnitFilter | null;
  orderBy?: UnitOrder | null;
  scope: UnitScope;
  /** Archived units instead of active ones (the admin's archive); lists show active ones. */
  archived?: boolean | null;
}

const NO_DATE = '0001-01-01';

/** The SQL each order sorts by, and the same value read from a loaded unit for its cursor. */
const SORTS: Record<UnitOrderField, KeysetSort<Unit>> = {
  [UnitOrderField.NAME]: { expression: 'u.name', cursorValue: (unit) => unit.name },
  [UnitOrderField.CURRENT_STAGE_ON]: {
    expression: `COALESCE(u.current_stage_on, DATE '${NO_DATE}')`,
    cursorValue: (unit) => unit.currentStageOn ?? NO_DATE,
  },
};

/** Every active unit of the registry, unfiltered: the list whose count the triggers keep. */
function isWholeActiveList(request: UnitPageRequest): boolean {
  const { includeArchived, ...conditions } = request.filter ?? {};
  return (
    request.scope.kind === 'all' &&
    !request.archived &&
    !includeArchived &&
    Object.values(conditions).every((value) => value === null || value === undefined)
  );
}

/** Lists show active units; the admin's archive shows archived ones; `includeArchived` shows both. */
function archivedCondition(request: UnitPageRequest): string {
  if (request.archived) return 'u.archived_at IS NOT NULL';
  return request.filter?.includeArchived ? 'TRUE' : 'u.archived_at IS NULL';
}

export class UnitService {
  constructor(private readonly db: Db) {}

  async byId(id: string, scope: UnitScope): Promise<Unit | null> {
    const query = this.db.manager.getRepository(Unit).createQueryBuilder('u').where('u.id = :id', { id });
    return this.applyScope(query, scope).getOne();
  }

  /** The instansi a viewer works in: their own (the Inspektorat's), or their unit's (an operator's). */
  async instansiOf(viewer: Viewer): Promise<string | null> {
    if (viewer.instansiId) return viewer.instansiId;
    if (!viewer.unitId) return null;
    return (await this.byId(viewer.unitId, unitScopeOf(viewer)))?.instansiId ?? null;
  }

  /**
   * The ids of units named by global ID, each once, each active and in `scope`; refused at `field`
   * when any is not (the caller names many: an invitation, an attendance, a shared finding).
   */
  async activeIdsInScope(globalIds: readonly string[], scope: UnitScope, field: string): Promise<string[]> {
    const ids = [...new Set(globalIds.map((id) => fromGlobalIdOf('Unit', id, field)))];
    if (ids.length === 0) return [];
    const [condition, parameters] = unitScopeCondition(scope, 'u.id', 'u.instansi_id');
    const found = await namedQuery<Array<{ id: string }>>(
      this.db.manager,
      `SELECT u.id FROM unit u WHERE u.id = ANY(:ids) AND u.archived_at IS NULL AND ${condition}`,
      { ...parameters, ids },
    );
    if (found.length !== ids.length)
      throw badInput(field, `${field}: each must be an active unit in your scope`, {
        reason: RefusalReason.NOT_FOUND,
      });
    return ids;
  }

  /** Every active unit of an instansi, by name: a few hundred, for exports. */
  active(instansiId: string): Promise<Unit[]> {
    return this.db.manager
      .getRepository(Unit)
      .createQueryBuilder('u')
      .where('u.instansi_id = :instansiId AND u.archived_at IS NULL', { instansiId })
      .orderBy('u.name')
      .getMany();
  }

  list(request: UnitPageRequest): Promise<Page<Unit>> {
    return listPage(this.listQuery(request), request, this.db.manager);
  }

  /**
   * The units a list request matches, in its order, before paging (`keysetQuery`), and their count:
   * what `list` loads, and what the public API's compiled answers read as JSON (decision 0047).
   */
  listQuery(request: UnitPageRequest): ListQuery<Unit> {
    const field = request.orderBy?.field ?? UnitOrderField.NAME;
    const ascending = (request.orderBy?.direction ?? OrderDirection.ASC) === OrderDirection.ASC;
    const filtered = () =>
      this.applyFilter(
        this.applyScope(this.baseQuery(), request.scope),
        request.filter,
        request.scope.kind !== 'all',
      ).andWhere(archivedCondition(request));
    const order =
      field === UnitOrderField.NAME
        ? nameOrderFor(request.filter?.search, ascending, SORTS[field])
        : { sort: SORTS[field], parameters: {} };
    // The whole active list is counted by triggers; any other by count(*), not TypeORM's
    // COUNT(DISTINCT id): a unit is one row, and distinct sorts every id.
    const countStatement = (): CountStatement =>
      isWholeActiveList(request)
        ? { sql: activeUnitCount.statement.sql, parameters: [], kept: true }
        : countStatementOf(filtered());
    return {
      query: filtered().setParameters(order.parameters),
      sort: order.sort,
      ascending,
      countStatement,
    };
  }

  private baseQuery(): SelectQueryBuilder<Unit> {
    return this.db.manager.getRepository(Unit).createQueryBuilder('u');
  }

  private applyScope(query: SelectQueryBuilder<Unit>, scope: UnitScope): SelectQueryBuilder<Unit> {
    const [condition, parameters] = unitScopeCondition(scope, 'u.id', 'u.instansi_id');
    return query.andWhere(condition, parameters);
  }

  private applyFilter(
    query: SelectQueryBuilder<Unit>,
    filter: UnitFilter | null | undefined,
    matchCode: boolean,
  ): SelectQueryBuilder<Unit> {
    if (!filter) return query;
    const search = unitSearchCondition(filter.search, matchCode);
    if (search) query.andWhere(search);
    if (filter.instansiId) {
      query.andWhere('u.instansi_id = :instansiId', {
        instansiId: fromGlobalIdOf('Instansi', filter.instansiId, 'filter.instansiId'),
      });
    }
    if (filter.regionCode) {
      query.andWhere(unitRowInRegionSql('u', ':region'), { region: filter.regionCode });
    }
    if (filter.stage) query.andWhere('u.current_stage = :stage', { stage: filter.stage });
    if (filter.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
    if (typeof filter.buildingZi === 'boolean') {
      query.andWhere(filter.buildingZi ? 'u.current_stage IS NOT NULL' : 'u.current_stage IS NULL');
    }
    if (filter.predicate) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM ${UNIT_PREDICATE_STATUS} ps WHERE ps.unit_id = u.id AND ps.active_predicate = :predicate)`,
        { predicate: filter.predicate },
      );
    }
    if (filter.year) {
      query.andWhere('EXISTS (SELECT 1 FROM stage_event s WHERE s.unit_id = u.id AND s.year = :year)', {
        year: filter.year,
      });
    }
    return query;
  }
}
