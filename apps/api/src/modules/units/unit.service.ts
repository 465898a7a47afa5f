import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { type KeysetSort, keysetPage, type Page, type PageArgs } from '../../common/connection.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { containsPattern, searchWords } from '../../common/search.js';
import { Unit } from './unit.entity.js';
import { OrderDirection, type UnitFilter, type UnitOrder, UnitOrderField } from './unit.inputs.js';
import type { UnitScope } from './unit.scope.js';

export interface UnitPageRequest extends PageArgs {
  filter?: UnitFilter | null;
  orderBy?: UnitOrder | null;
  scope: UnitScope;
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

/** Words long enough, and made of letters only, to be matched by similarity as well. */
const isFuzzy = (word: string) => word.length >= 5 && /^\p{L}+$/u.test(word);

export class UnitService {
  constructor(private readonly dataSource: DataSource) {}

  async byId(id: string, scope: UnitScope): Promise<Unit | null> {
    const query = this.dataSource.getRepository(Unit).createQueryBuilder('u').where('u.id = :id', { id });
    return this.applyScope(query, scope).getOne();
  }

  list(request: UnitPageRequest): Promise<Page<Unit>> {
    const field = request.orderBy?.field ?? UnitOrderField.NAME;
    const ascending = (request.orderBy?.direction ?? OrderDirection.ASC) === OrderDirection.ASC;
    const filtered = () => this.applyFilter(this.applyScope(this.baseQuery(), request.scope), request.filter);
    return keysetPage(filtered(), SORTS[field], ascending, request, () => filtered().getCount());
  }

  private baseQuery(): SelectQueryBuilder<Unit> {
    return this.dataSource.getRepository(Unit).createQueryBuilder('u');
  }

  private applyScope(query: SelectQueryBuilder<Unit>, scope: UnitScope): SelectQueryBuilder<Unit> {
    switch (scope.kind) {
      case 'all':
        return query;
      case 'instansi':
        return query.andWhere('u.instansi_id = :scopeInstansi', { scopeInstansi: scope.instansiId });
      case 'unit':
        return query.andWhere('u.id = :scopeUnit', { scopeUnit: scope.unitId });
      case 'assigned':
        return query.andWhere(
          'EXISTS (SELECT 1 FROM evaluator_assignment ea WHERE ea.unit_id = u.id AND ea.user_id = :scopeUser)',
          { scopeUser: scope.evaluatorId },
        );
    }
  }

  private applyFilter(query: SelectQueryBuilder<Unit>, filter?: UnitFilter | null): SelectQueryBuilder<Unit> {
    if (!filter) return query;
    searchWords(filter.search).forEach((word, index) => {
      const parameters = { [`pattern${index}`]: containsPattern(word), [`word${index}`]: word };
      // Long words may be misspelt ("kesehtan"): trigram word similarity (pg_trgm `<%`, threshold
      // set on the connection) finds them; short ones ("sma", "10") would match too much.
      query.andWhere(
        isFuzzy(word)
          ? `(u.name ILIKE :pattern${index} OR :word${index} <% u.name)`
          : `u.name ILIKE :pattern${index}`,
        parameters,
      );
    });
    if (filter.instansiId) {
      query.andWhere('u.instansi_id = :instansiId', {
        instansiId: fromGlobalIdOf('Instansi', filter.instansiId, 'filter.instansiId'),
      });
    }
    if (filter.regionCode) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM instansi ri WHERE ri.id = u.instansi_id
           AND (ri.region_code = :region OR ri.region_code LIKE :region || '.%'))`,
        { region: filter.regionCode },
      );
    }
    if (filter.stage) query.andWhere('u.current_stage = :stage', { stage: filter.stage });
    if (filter.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.predicate) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM predicate p WHERE p.unit_id = u.id AND p.kind = :predicate AND p.revoked_on IS NULL)',
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
