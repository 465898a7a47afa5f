import { badInput } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { REGION_CODE } from '../../common/validation.js';
import type { Db } from '../../db/db.js';
import type { PredicateKind } from '../predicates/predicate.entity.js';
import { UNIT_PREDICATE_STATUS } from '../predicates/predicate-rules.js';
import type { Stage } from '../stages/stage-event.entity.js';
import { unitProvinceSql, unitRowInRegionSql } from '../units/region-rule.js';
import type {
  InstansiStatistics,
  PredicateCount,
  RegionStatistics,
  StageCount,
  Statistics,
  StatisticsFilter,
  YearStatistics,
} from './statistics.types.js';

interface Scope {
  conditions: string[];
  params: unknown[];
}

/** The units counted: all, one instansi's, or those in a region (decision 0035: region-rule.ts). */
function scopeOf(filter: StatisticsFilter | null | undefined): Scope {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter?.instansiId) {
    params.push(fromGlobalIdOf('Instansi', filter.instansiId, 'filter.instansiId'));
    conditions.push(`i.id = $${params.length}`);
  }
  if (filter?.regionCode) {
    if (!REGION_CODE.test(filter.regionCode)) {
      throw badInput('filter.regionCode', 'filter.regionCode must look like "64", "64.71" or "64.71.01"', {
        reason: RefusalReason.INVALID_REGION,
      });
    }
    params.push(filter.regionCode);
    conditions.push(unitRowInRegionSql('u', `$${params.length}`));
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

/** The columns of `UnitCounts`, over `UNIT_COUNTS_SOURCE` grouped as the caller wants. */
const UNIT_COUNTS = `count(*)::int AS units,
  count(*) FILTER (WHERE u.current_stage IS NOT NULL)::int AS "buildingZi",
  count(*) FILTER (WHERE ps.active_predicate = 'wbk')::int AS wbk,
  count(*) FILTER (WHERE ps.active_predicate = 'wbbm')::int AS wbbm,
  coalesce(sum(ps.revoked_predicates), 0)::int AS revoked`;
const UNIT_COUNTS_SOURCE = `unit u LEFT JOIN ${UNIT_PREDICATE_STATUS} ps ON ps.unit_id = u.id`;

export class StatisticsService {
  constructor(private readonly db: Db) {}

  /** Five grouped queries, whatever the number of units. */
  async statistics(filter?: StatisticsFilter | null): Promise<Statistics> {
    const scope = scopeOf(filter);
    const [stages, predicates, instansi, regions, years] = await Promise.all([
      this.rows<{ stage: Stage | null; units: number }>(
        `SELECT u.current_stage AS stage, count(*)::int AS units ${scoped(scope, 'unit u')} GROUP BY u.current_stage`,
        scope,
      ),
      this.rows<{ predicate: PredicateKind; units: number }>(
        `SELECT ps.active_predicate AS predicate, count(*)::int AS units
         ${scoped(scope, `${UNIT_PREDICATE_STATUS} ps JOIN unit u ON u.id = ps.unit_id`, 'ps.active_predicate IS NOT NULL')}
         GROUP BY ps.active_predicate`,
        scope,
      ),
      this.rows<Omit<InstansiStatistics, 'instansi'>>(
        `SELECT i.id AS "instansiId", ${UNIT_COUNTS} ${scoped(scope, UNIT_COUNTS_SOURCE)} GROUP BY i.id ORDER BY i.id`,
        scope,
      ),
      this.rows<RegionStatistics>(
        `SELECT r.*, (SELECT p.name FROM instansi p WHERE p.kind = 'province' AND p.region_code = r."regionCode"
                      ORDER BY p.name LIMIT 1) AS name
         FROM (SELECT ${unitProvinceSql('u.region_code', 'i.region_code')} AS "regionCode", ${UNIT_COUNTS}
               ${scoped(scope, UNIT_COUNTS_SOURCE)} GROUP BY 1) r
         ORDER BY r.units DESC, r."regionCode"`,
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
      byRegion: regions,
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
