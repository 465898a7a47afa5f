import { badInput } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { INSTANSI_REGION_CODE } from '../../common/validation.js';
import type { Db } from '../../db/db.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import type { Stage } from '../stages/stage-event.entity.js';
import type {
  InstansiStatistics,
  PredicateCount,
  StageCount,
  Statistics,
  StatisticsFilter,
  YearStatistics,
} from './statistics.types.js';

interface Scope {
  conditions: string[];
  params: unknown[];
}

/** The units counted: all, one instansi's, or a region's (a province code includes its cities). */
function scopeOf(filter: StatisticsFilter | null | undefined): Scope {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter?.instansiId) {
    params.push(fromGlobalIdOf('Instansi', filter.instansiId, 'filter.instansiId'));
    conditions.push(`i.id = $${params.length}`);
  }
  if (filter?.regionCode) {
    if (!INSTANSI_REGION_CODE.test(filter.regionCode)) {
      throw badInput('filter.regionCode', 'filter.regionCode must look like "64" or "64.71"', {
        reason: 'INVALID_INSTANSI_REGION',
      });
    }
    params.push(filter.regionCode);
    conditions.push(`(i.region_code = $${params.length} OR i.region_code LIKE $${params.length} || '.%')`);
  }
  return { conditions, params };
}

/** `FROM <rows> JOIN instansi … WHERE <scope and extra conditions>`; `rows` must join unit as u. */
/** Archived units left the registry: statistics count the units that are. */
function scoped(scope: Scope, rows: string, ...extra: string[]): string {
  const conditions = ['u.archived_at IS NULL', ...scope.conditions, ...extra];
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return `FROM ${rows} JOIN instansi i ON i.id = u.instansi_id ${where}`;
}

export class StatisticsService {
  constructor(private readonly db: Db) {}

  /** Four grouped queries, whatever the number of units. */
  async statistics(filter?: StatisticsFilter | null): Promise<Statistics> {
    const scope = scopeOf(filter);
    const [stages, predicates, instansi, years] = await Promise.all([
      this.rows<{ stage: Stage | null; units: number }>(
        `SELECT u.current_stage AS stage, count(*)::int AS units ${scoped(scope, 'unit u')} GROUP BY u.current_stage`,
        scope,
      ),
      this.rows<{ predicate: PredicateKind; units: number }>(
        `SELECT p.kind AS predicate, count(DISTINCT p.unit_id)::int AS units
         ${scoped(scope, 'predicate p JOIN unit u ON u.id = p.unit_id', 'p.revoked_on IS NULL')} GROUP BY p.kind`,
        scope,
      ),
      this.rows<Omit<InstansiStatistics, 'instansi'>>(
        `SELECT i.id AS "instansiId", count(*)::int AS units,
           count(*) FILTER (WHERE u.current_stage IS NOT NULL)::int AS "buildingZi",
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM predicate p WHERE p.unit_id = u.id AND p.kind = 'wbk' AND p.revoked_on IS NULL))::int AS wbk,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM predicate p WHERE p.unit_id = u.id AND p.kind = 'wbbm' AND p.revoked_on IS NULL))::int AS wbbm,
           (SELECT count(*) FROM predicate p JOIN unit pu ON pu.id = p.unit_id WHERE pu.instansi_id = i.id AND p.revoked_on IS NOT NULL)::int AS revoked
         ${scoped(scope, 'unit u')} GROUP BY i.id ORDER BY i.id`,
        scope,
      ),
      this.rows<{ year: number; stage: Stage; units: number }>(
        `SELECT s.year, s.stage, count(DISTINCT s.unit_id)::int AS units
         ${scoped(scope, 'stage_event s JOIN unit u ON u.id = s.unit_id')}
         GROUP BY s.year, s.stage ORDER BY s.year`,
        scope,
      ),
    ]);
    return {
      totalUnits: stages.reduce((sum, row) => sum + row.units, 0),
      byStage: stages satisfies StageCount[],
      byPredicate: predicates satisfies PredicateCount[],
      byInstansi: instansi as InstansiStatistics[],
      byYear: groupByYear(years),
    };
  }

  private rows<T>(sql: string, scope: Scope): Promise<T[]> {
    return this.db.manager.query(sql, scope.params) as Promise<T[]>;
  }
}

function groupByYear(rows: Array<{ year: number; stage: Stage; units: number }>): YearStatistics[] {
  const years = new Map<number, StageCount[]>();
  for (const { year, stage, units } of rows) years.set(year, [...(years.get(year) ?? []), { stage, units }]);
  return [...years].map(([year, stages]) => ({ year, stages }));
}
