import { badInput } from '../../common/errors.js';
import { fromGlobalIdOf } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import { REGION_CODE } from '../../common/validation.js';
import type { Db } from '../../db/db.js';
import { UNIT_PREDICATE_STATUS } from '../predicates/predicate-rules.js';
import type { Stage } from '../stages/stage-event.entity.js';
import { unitProvinceSql, unitRowInRegionSql } from '../units/region-rule.js';
import {
  type InstansiStatistics,
  type PredicateCount,
  type RegionStatistics,
  type StageCount,
  Statistics,
  type StatisticsFilter,
  type YearStatistics,
} from './statistics.types.js';

/** Which units a `Statistics` counts: SQL conditions over `u` (unit) and `i` (instansi). */
export interface StatisticsScope {
  conditions: string[];
  params: unknown[];
}

type Scope = StatisticsScope;

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

/**
 * `FROM <rows> JOIN instansi … WHERE <scope and extra conditions>`; `rows` must join unit as u.
 * Archived units left the registry: statistics count the units that are.
 */
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

  /**
   * The counts of the units a filter picks. The filter is checked here; each part is counted by
   * one grouped query only when a request asks for it (a region picker asks for one part, not five).
   */
  statistics(filter?: StatisticsFilter | null): Statistics {
    return Object.assign(new Statistics(), { scope: scopeOf(filter), counted: {} });
  }

  byStage(stats: Statistics): Promise<StageCount[]> {
    stats.counted.stages ??= this.rows<StageCount>(
      `SELECT u.current_stage AS stage, count(*)::int AS units ${scoped(stats.scope, 'unit u')} GROUP BY u.current_stage`,
      stats.scope,
    );
    return stats.counted.stages;
  }

  async totalUnits(stats: Statistics): Promise<number> {
    return (await this.byStage(stats)).reduce((sum, row) => sum + row.units, 0);
  }

  byPredicate(stats: Statistics): Promise<PredicateCount[]> {
    return this.rows<PredicateCount>(
      `SELECT ps.active_predicate AS predicate, count(*)::int AS units
       ${scoped(stats.scope, `${UNIT_PREDICATE_STATUS} ps JOIN unit u ON u.id = ps.unit_id`, 'ps.active_predicate IS NOT NULL')}
       GROUP BY ps.active_predicate`,
      stats.scope,
    );
  }

  byInstansi(stats: Statistics): Promise<InstansiStatistics[]> {
    return this.rows<InstansiStatistics>(
      `SELECT i.id AS "instansiId", ${UNIT_COUNTS} ${scoped(stats.scope, UNIT_COUNTS_SOURCE)} GROUP BY i.id ORDER BY i.id`,
      stats.scope,
    );
  }

  byRegion(stats: Statistics): Promise<RegionStatistics[]> {
    return this.rows<RegionStatistics>(
      `SELECT r.*, (SELECT p.name FROM instansi p WHERE p.kind = 'province' AND p.region_code = r."regionCode"
                    ORDER BY p.name LIMIT 1) AS name
       FROM (SELECT ${unitProvinceSql('u.region_code', 'i.region_code')} AS "regionCode", ${UNIT_COUNTS}
             ${scoped(stats.scope, UNIT_COUNTS_SOURCE)} GROUP BY 1) r
       ORDER BY r.units DESC, r."regionCode"`,
      stats.scope,
    );
  }

  async byYear(stats: Statistics): Promise<YearStatistics[]> {
    const rows = await this.rows<{ year: number; stage: Stage; units: number }>(
      `SELECT s.year, s.stage, count(DISTINCT s.unit_id)::int AS units
       ${scoped(stats.scope, 'stage_event s JOIN unit u ON u.id = s.unit_id')}
       GROUP BY s.year, s.stage ORDER BY s.year`,
      stats.scope,
    );
    return groupByYear(rows);
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
