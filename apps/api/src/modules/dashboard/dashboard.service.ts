import { requireFramework } from '@zi/lke';
import { todayInIndonesia } from '../../common/dates.js';
import { toGlobalId } from '../../common/global-id.js';
import { namedQuery } from '../../common/named-query.js';
import { OrderDirection } from '../../common/order-direction.js';
import type { Db } from '../../db/db.js';
import { lateCondition } from '../action-plans/action-plan.service.js';
import { AnswerLayer } from '../assessments/assessment.entity.js';
import { TPI_APPROVED_STATUSES } from '../assessments/layer-rules.js';
import { groupPointsOf, type StoredPoints, targetOf } from '../assessments/layer-score.js';
import type { RuleMeasure } from '../assessments/score.types.js';
import type { ChangeArea } from '../monitoring/change-area.js';
import { ProgressJudgement } from '../monitoring/monitoring-progress.entity.js';
import { followUpOverdueSql } from '../monitoring/overdue.js';
import { PredicateKind } from '../predicates/predicate.entity.js';
import { activePredicateOf, HELD_PREDICATE, UNIT_PREDICATE_STATUS } from '../predicates/predicate-rules.js';
import { Stage } from '../stages/stage-event.entity.js';
import type { PredicateCount } from '../statistics/statistics.types.js';
import { unitRowInRegionSql } from '../units/region-rule.js';
import { unitScopeCondition } from '../units/unit.scope.js';
import { storeLayerFacts } from './dashboard.queries.js';
import {
  type CoachingCoverage,
  type DashboardCounts,
  type FailingRuleCount,
  type FollowUpTotals,
  type FunnelStep,
  type GapRow,
  type HeatmapOrder,
  HeatmapOrderField,
  type HeatmapRow,
  type IncompleteScore,
  type LatestScores,
  type LayerAreas,
  type PortfolioDashboard,
  type QuarterTrend,
  type RiskRow,
} from './dashboard.types.js';
import { isFinalLayer } from './layer-completeness.js';
import { areaIdsOf, FACTS_KEYS, failingRules, type LayerFacts, layerFactsOf } from './layer-facts.js';

export const NOT_STARTED = 'NOT_STARTED';

/** The funnel's order: from not started to the predicates, then the setbacks. */
const FUNNEL: readonly string[] = [
  NOT_STARTED,
  Stage.DECLARED,
  Stage.BUILDING,
  Stage.SELF_ASSESSED,
  Stage.TPI_EVALUATED,
  Stage.PROPOSED,
  Stage.WBK,
  Stage.WBBM,
  Stage.NOT_AWARDED,
  Stage.REVOKED,
].map((stage) => stage.toUpperCase());

const GAP_ROWS = 200;

/** Computed facts go to the database in statements of this many layers, each holding its rows briefly. */
const FACTS_STORED_AT_ONCE = 500;

/** The layers the dashboard reads: the unit's own and the TPI's. */
const LAYERS = [AnswerLayer.UNIT, AnswerLayer.TPI] as const;

type LayerColumns<Layer extends string> = {
  [Column in `${Layer}_total`]: string | null;
} & { [Column in `${Layer}_answered` | `${Layer}_questions` | `${Layer}_version`]: number | null } & {
  [Column in `${Layer}_facts`]: LayerFacts | null;
} & { [Column in `${Layer}_points`]: StoredPoints | null };

type LatestRow = {
  unit_id: string;
  unit_name: string;
  assessment_id: string;
  year: number;
  status: string;
  framework_code: string;
  held: string[] | null;
} & LayerColumns<(typeof LAYERS)[number]>;

/**
 * A layer's columns, from its `dashboard_layer_facts` row joined as `<layer>_layer`: its facts if
 * they are of today's format for the worksheet's framework, else its points (read only then).
 */
function layerColumns(layer: string): string {
  const row = `${layer}_layer`;
  const current = `${row}.facts ->> 'key' = (:factsKeys::jsonb ->> l.framework_code)`;
  return `${row}.total AS ${layer}_total, ${row}.answered AS ${layer}_answered,
         ${row}.questions AS ${layer}_questions, ${row}.version AS ${layer}_version,
         CASE WHEN ${current} THEN ${row}.facts END AS ${layer}_facts,
         CASE WHEN ${row}.version IS NOT NULL AND (${current}) IS NOT TRUE THEN (
           SELECT sc.points FROM assessment_score sc WHERE sc.assessment_id = l.id AND sc.layer = '${layer}') END AS ${layer}_points`;
}

/** The weakest units first: where the Inspektorat's attention is needed (as the portal opens). */
const DEFAULT_HEATMAP_ORDER: HeatmapOrder = {
  field: HeatmapOrderField.TOTAL,
  area: null,
  direction: OrderDirection.ASC,
};

/** Names compare as Indonesian readers sort them, as the portal does. */
const collator = new Intl.Collator('id');
const byName = (a: LatestScores, b: LatestScores) => collator.compare(a.unitName, b.unitName);

/** A score's value in the order's column; null for an area its worksheet did not score. */
function heatmapValue(score: LatestScores, order: HeatmapOrder): number | null {
  const counted = score.counted as LayerAreas;
  if (order.field === HeatmapOrderField.TOTAL) return counted.total;
  const index = score.areaIds.indexOf(order.area ?? '');
  return index < 0 ? null : (counted.areas[index] ?? null);
}

/** Scores in the heatmap's order; a missing value goes last either way, ties by name. */
function sortHeatmap(scores: LatestScores[], order: HeatmapOrder): LatestScores[] {
  const sign = order.direction === OrderDirection.ASC ? 1 : -1;
  if (order.field === HeatmapOrderField.NAME) return scores.sort((a, b) => sign * byName(a, b));
  const values = new Map(scores.map((score) => [score, heatmapValue(score, order)]));
  return scores.sort((a, b) => {
    const left = values.get(a) ?? null;
    const right = values.get(b) ?? null;
    if (left === null || right === null) {
      if (left === right) return byName(a, b);
      return left === null ? 1 : -1;
    }
    return sign * (left - right) || byName(a, b);
  });
}

/** The never coached units named: the coverage counts them all. */
const NEVER_COACHED_SHOWN = 100;

/**
 * The portfolio in numbers. Each part is one or two statements over the units in scope, whatever
 * their number: SQL aggregates and groups; the score parts share one read of each unit's latest
 * worksheet with its layers' kept facts, which @zi/lke computes from the stored points once per
 * save (decision 0046). Lists give their first rows and count all of them.
 */
export class DashboardService {
  constructor(private readonly db: Db) {}

  /** The units of the dashboard as a condition on `u`, and its parameters. */
  private units(dashboard: PortfolioDashboard): [string, Record<string, unknown>] {
    const [scope, parameters] = unitScopeCondition(dashboard.scope, 'u.id', 'u.instansi_id');
    const conditions = [scope, 'u.archived_at IS NULL'];
    const values: Record<string, unknown> = { ...parameters };
    if (dashboard.filter.kind) {
      conditions.push('u.kind = :kind');
      values.kind = dashboard.filter.kind;
    }
    if (dashboard.filter.regionCode) {
      conditions.push(unitRowInRegionSql('u', ':region'));
      values.region = dashboard.filter.regionCode;
    }
    return [conditions.join(' AND '), values];
  }

  private query<T>(sql: string, parameters: Record<string, unknown>): Promise<T[]> {
    return namedQuery<T[]>(this.db.manager, sql, parameters);
  }

  /**
   * Each unit's latest stage up to the year, read from the stage events of the units in scope only
   * (most units never declared ZI: probing each one's events cost a lookup per unit); the units
   * without any are the scope's count minus those.
   */
  async funnel(dashboard: PortfolioDashboard): Promise<FunnelStep[]> {
    const [units, parameters] = this.units(dashboard);
    const rows = await this.query<{ stage: string; units: number }>(
      `WITH last AS (
         SELECT DISTINCT ON (s.unit_id) s.unit_id, s.stage FROM stage_event s JOIN unit u ON u.id = s.unit_id
         WHERE ${units} AND s.year <= :year
         ORDER BY s.unit_id, s.occurred_on DESC, s.created_at DESC)
       SELECT upper(last.stage) AS stage, count(*)::int AS units FROM last GROUP BY 1
       UNION ALL
       SELECT '${NOT_STARTED}', (SELECT count(*) FROM unit u WHERE ${units})::int - (SELECT count(*) FROM last)::int`,
      { ...parameters, year: dashboard.year },
    );
    const counts = new Map(rows.map((row) => [row.stage, row.units]));
    return FUNNEL.map((stage) => ({ stage, units: counts.get(stage) ?? 0 }));
  }

  /** Units by their active predicate now, as the public statistics count them (decision 0035). */
  async predicates(dashboard: PortfolioDashboard): Promise<PredicateCount[]> {
    const [units, parameters] = this.units(dashboard);
    return this.query<PredicateCount>(
      `SELECT ps.active_predicate AS predicate, count(*)::int AS units
       FROM unit u JOIN ${UNIT_PREDICATE_STATUS} ps ON ps.unit_id = u.id
       WHERE ${units} AND ps.active_predicate IS NOT NULL
       GROUP BY ps.active_predicate ORDER BY ps.active_predicate DESC`,
      parameters,
    );
  }

  latestScores(dashboard: PortfolioDashboard): Promise<LatestScores[]> {
    dashboard.latestScores ??= this.loadLatestScores(dashboard);
    return dashboard.latestScores;
  }

  /**
   * Each unit's latest worksheet up to the year, with its unit and TPI layers as kept in
   * `dashboard_layer_facts` (decision 0046). A layer whose facts are missing or of another format
   * comes with its points, read in the same snapshot: its facts are computed here with @zi/lke and
   * stored for the next request.
   */
  private async loadLatestScores(dashboard: PortfolioDashboard): Promise<LatestScores[]> {
    const [units, parameters] = this.units(dashboard);
    const rows = await this.query<LatestRow>(
      `WITH latest AS (
         SELECT DISTINCT ON (a.unit_id) a.unit_id, u.name AS unit_name, a.id, a.year, a.status, a.framework_code
         FROM assessment a JOIN unit u ON u.id = a.unit_id
         WHERE ${units} AND a.year <= :year
         ORDER BY a.unit_id, a.year DESC)
       SELECT l.unit_id, l.unit_name, l.id AS assessment_id, l.year, l.status, l.framework_code,
         ${LAYERS.map(layerColumns).join(',\n         ')},
         (SELECT array_agg(p.kind) FROM ${HELD_PREDICATE} p WHERE p.unit_id = l.unit_id) AS held
       FROM latest l
       ${LAYERS.map(
         (layer) => `LEFT JOIN dashboard_layer_facts ${layer}_layer ON ${layer}_layer.assessment_id = l.id
           AND ${layer}_layer.layer = '${layer}' AND ${layer}_layer.answered > 0`,
       ).join('\n       ')}
       ORDER BY l.unit_id`,
      { ...parameters, year: dashboard.year, factsKeys: FACTS_KEYS },
    );
    const computed: Array<{ assessment_id: string; layer: string; version: number; facts: LayerFacts }> = [];
    const scores = rows.map((row) => {
      const framework = requireFramework(row.framework_code);
      const layerOf = (layer: (typeof LAYERS)[number]): LayerAreas | null => {
        const version = row[`${layer}_version`];
        if (version === null) return null;
        const total = Number(row[`${layer}_total`]);
        const answered = row[`${layer}_answered`] ?? 0;
        const questions = row[`${layer}_questions`] ?? 0;
        const points = row[`${layer}_points`];
        let facts = row[`${layer}_facts`] as LayerFacts;
        if (points) {
          facts = layerFactsOf(framework, groupPointsOf(points));
          computed.push({ assessment_id: row.assessment_id, layer, version, facts });
        }
        const final = isFinalLayer({ layer, status: row.status, answered, questions });
        return { layer, total, answered, questions, final, areas: facts.areas, facts };
      };
      const unit = layerOf(AnswerLayer.UNIT);
      const tpi = layerOf(AnswerLayer.TPI);
      const approved = (TPI_APPROVED_STATUSES as readonly string[]).includes(row.status);
      return {
        unitId: row.unit_id,
        unitName: row.unit_name,
        assessmentId: row.assessment_id,
        frameworkCode: row.framework_code,
        areaIds: areaIdsOf(framework),
        year: row.year,
        unit,
        tpi,
        counted: [approved ? tpi : null, unit].find((layer) => layer?.final) ?? null,
        held: (row.held ?? []) as PredicateKind[],
      };
    });
    for (let start = 0; start < computed.length; start += FACTS_STORED_AT_ONCE) {
      const rows = JSON.stringify(computed.slice(start, start + FACTS_STORED_AT_ONCE));
      await storeLayerFacts(this.db.manager, { rows });
    }
    return scores;
  }

  /** The units with a final score in `order`, the first `first` of them (all without). */
  async heatmap(
    dashboard: PortfolioDashboard,
    order: HeatmapOrder = DEFAULT_HEATMAP_ORDER,
    first?: number,
  ): Promise<HeatmapRow[]> {
    const scores = (await this.latestScores(dashboard)).filter((score) => score.counted);
    return sortHeatmap(scores, order)
      .slice(0, first)
      .map((score) => {
        const counted = score.counted as LayerAreas;
        return {
          unitId: score.unitId,
          assessmentId: toGlobalId('Assessment', score.assessmentId),
          year: score.year,
          evaluated: counted === score.tpi,
          total: counted.total,
          answered: counted.answered,
          questions: counted.questions,
          areas: score.areaIds.map((area, index) => ({
            area: area as ChangeArea,
            percent: counted.areas[index] ?? 0,
          })),
        };
      });
  }

  /** The largest gaps first: every unit × area pair compared, the first GAP_ROWS made into rows. */
  async gaps(dashboard: PortfolioDashboard, first = GAP_ROWS): Promise<GapRow[]> {
    const scores = await this.latestScores(dashboard);
    const pairs: Array<{ score: LatestScores; index: number; gap: number }> = [];
    for (const score of scores) {
      // A gap compares two results: a layer still being filled in would compare with nothing.
      if (!score.unit?.final || !score.tpi?.final) continue;
      for (let index = 0; index < score.areaIds.length; index += 1) {
        const self = score.unit.areas[index] ?? 0;
        const tpi = score.tpi.areas[index] ?? 0;
        pairs.push({ score, index, gap: Math.round((self - tpi) * 100) / 100 });
      }
    }
    return pairs
      .sort((a, b) => b.gap - a.gap)
      .slice(0, first)
      .map(({ score, index, gap }) => {
        const unit = score.unit as LayerAreas;
        const tpi = score.tpi as LayerAreas;
        return {
          unitId: score.unitId,
          assessmentId: toGlobalId('Assessment', score.assessmentId),
          area: score.areaIds[index] as ChangeArea,
          selfPercent: unit.areas[index] ?? 0,
          tpiPercent: tpi.areas[index] ?? 0,
          selfAnswered: unit.answered,
          tpiAnswered: tpi.answered,
          questions: unit.questions,
          gap,
        };
      });
  }

  /** The units at risk, most failing rules first, the first `first` of them (all without). */
  async risks(dashboard: PortfolioDashboard, first?: number): Promise<RiskRow[]> {
    return (await this.allRisks(dashboard)).slice(0, first);
  }

  /** How many units at risk fail each rule, the most failed first. */
  async riskRules(dashboard: PortfolioDashboard): Promise<FailingRuleCount[]> {
    const counts = new Map<string, FailingRuleCount>();
    for (const risk of await this.allRisks(dashboard)) {
      for (const rule of risk.failing) {
        const key = `${risk.target} ${rule.id}`;
        const count = counts.get(key) ?? { target: risk.target, id: rule.id, label: rule.label, units: 0 };
        count.units += 1;
        counts.set(key, count);
      }
    }
    return [...counts.values()].sort((a, b) => b.units - a.units || collator.compare(a.label, b.label));
  }

  private allRisks(dashboard: PortfolioDashboard): Promise<RiskRow[]> {
    dashboard.allRisks ??= this.findRisks(dashboard);
    return dashboard.allRisks;
  }

  private async findRisks(dashboard: PortfolioDashboard): Promise<RiskRow[]> {
    const scores = await this.latestScores(dashboard);
    const rows: RiskRow[] = [];
    for (const score of scores) {
      if (!score.counted) continue;
      const framework = requireFramework(score.frameworkCode);
      const held = score.held.map(targetOf);
      // The next step after the active predicate: a unit holding WBBM, its WBK revoked, still aims at WBBM.
      const active = activePredicateOf(score.held.map((kind) => ({ kind, revokedOn: null })));
      const target = active === null ? 'WBK' : 'WBBM';
      const failing = failingRules(framework, score.counted.facts, target, held);
      if (failing.length === 0) continue;
      rows.push({
        unitId: score.unitId,
        assessmentId: toGlobalId('Assessment', score.assessmentId),
        target: target === 'WBBM' ? PredicateKind.WBBM : PredicateKind.WBK,
        total: score.counted.total,
        answered: score.counted.answered,
        questions: score.counted.questions,
        rules: framework.targets.find((candidate) => candidate.id === target)?.rules.length ?? 0,
        failing: failing.map(({ id, label, kind, value, threshold, gap }) => ({
          id,
          label,
          measure: kind as RuleMeasure,
          value,
          threshold,
          gap,
        })),
      });
    }
    return rows.sort((a, b) => b.failing.length - a.failing.length || a.total - b.total);
  }

  /**
   * The latest worksheets with answers but no final layer: shown apart, least answered first, the
   * first `first` of them (all without).
   */
  async incomplete(dashboard: PortfolioDashboard, first?: number): Promise<IncompleteScore[]> {
    const scores = await this.latestScores(dashboard);
    return scores
      .filter((score) => !score.counted && (score.tpi ?? score.unit))
      .map((score) => {
        const shown = (score.tpi ?? score.unit) as LayerAreas;
        return {
          unitId: score.unitId,
          assessmentId: toGlobalId('Assessment', score.assessmentId),
          year: score.year,
          layer: shown.layer,
          total: shown.total,
          answered: shown.answered,
          questions: shown.questions,
        };
      })
      .sort((a, b) => a.answered / a.questions - b.answered / b.questions || a.total - b.total)
      .slice(0, first);
  }

  /** How many rows each list has in all. */
  async counts(dashboard: PortfolioDashboard): Promise<DashboardCounts> {
    const scores = await this.latestScores(dashboard);
    let heatmap = 0;
    let gaps = 0;
    let incomplete = 0;
    for (const score of scores) {
      if (score.counted) heatmap += 1;
      else if (score.tpi ?? score.unit) incomplete += 1;
      if (score.unit?.final && score.tpi?.final) gaps += score.areaIds.length;
    }
    return { heatmap, gaps, risks: (await this.allRisks(dashboard)).length, incomplete };
  }

  async followUps(dashboard: PortfolioDashboard): Promise<FollowUpTotals> {
    const [units, parameters] = this.units(dashboard);
    const [row] = await this.query<FollowUpTotals>(
      `SELECT count(*) FILTER (WHERE f.status IN ('open', 'in_progress'))::int AS open,
         count(*) FILTER (WHERE ${followUpOverdueSql('f', ':today')})::int AS overdue,
         count(*) FILTER (WHERE f.status = 'done')::int AS done,
         count(*) FILTER (WHERE f.status = 'verified')::int AS verified
       FROM follow_up f JOIN unit u ON u.id = f.unit_id WHERE ${units}`,
      { ...parameters, today: todayInIndonesia() },
    );
    return row ?? { open: 0, overdue: 0, done: 0, verified: 0 };
  }

  /** Counted in SQL; only the first names of the never coached leave the database. */
  async coaching(dashboard: PortfolioDashboard): Promise<CoachingCoverage> {
    const [units, parameters] = this.units(dashboard);
    const [row] = await this.query<{ zone_units: number; coached: number; never: string[] }>(
      `WITH zone AS (
         SELECT u.id, u.name, EXISTS (
           SELECT 1 FROM coaching_invitation ci JOIN coaching_session cs ON cs.id = ci.session_id
           WHERE ci.unit_id = u.id AND extract(year FROM cs.starts_at AT TIME ZONE 'Asia/Jakarta') = :year
             AND ci.attended IS NOT FALSE) AS coached
         FROM unit u WHERE ${units}
           AND EXISTS (SELECT 1 FROM stage_event s WHERE s.unit_id = u.id AND s.year <= :year))
       SELECT (SELECT count(*) FROM zone)::int AS zone_units,
         (SELECT count(*) FROM zone WHERE coached)::int AS coached,
         ARRAY(SELECT id FROM zone WHERE NOT coached ORDER BY name LIMIT ${NEVER_COACHED_SHOWN}) AS never`,
      { ...parameters, year: dashboard.year },
    );
    return {
      zoneUnits: row?.zone_units ?? 0,
      coached: row?.coached ?? 0,
      neverCoachedIds: row?.never ?? [],
    };
  }

  /**
   * One pass over each table for all the rounds (the rounds of the instansi of units in scope),
   * grouped by round, instead of one pass per round and count.
   */
  async trends(dashboard: PortfolioDashboard): Promise<QuarterTrend[]> {
    const [units, parameters] = this.units(dashboard);
    const rows = await this.query<{
      year: number;
      quarter: number;
      judgements: Record<string, number> | null;
      findings: number;
      open: number;
      verified: number;
    }>(
      `WITH rounds AS (
         SELECT r.id, r.year, r.quarter FROM monitoring_round r
         WHERE r.year BETWEEN :year - 1 AND :year AND r.instansi_id IN (SELECT u.instansi_id FROM unit u WHERE ${units})),
       judged AS (
         SELECT j.round_id, json_object_agg(j.judgement, j.n) AS judgements FROM (
           SELECT p.round_id, p.judgement, count(*)::int AS n FROM monitoring_progress p JOIN unit u ON u.id = p.unit_id
           WHERE p.round_id IN (SELECT id FROM rounds) AND ${units} GROUP BY 1, 2) j
         GROUP BY 1),
       found AS (
         SELECT fi.round_id, count(*)::int AS n FROM finding fi JOIN unit u ON u.id = fi.unit_id
         WHERE fi.round_id IN (SELECT id FROM rounds) AND ${units} GROUP BY 1),
       followed AS (
         SELECT fi.round_id, count(*) FILTER (WHERE f.status <> 'verified')::int AS open,
           count(*) FILTER (WHERE f.status = 'verified')::int AS verified
         FROM follow_up f JOIN recommendation rc ON rc.id = f.recommendation_id JOIN finding fi ON fi.id = rc.finding_id
           JOIN unit u ON u.id = f.unit_id
         WHERE fi.round_id IN (SELECT id FROM rounds) AND ${units} GROUP BY 1)
       SELECT r.year, r.quarter, j.judgements, coalesce(fo.n, 0) AS findings,
         coalesce(fu.open, 0) AS open, coalesce(fu.verified, 0) AS verified
       FROM rounds r LEFT JOIN judged j ON j.round_id = r.id LEFT JOIN found fo ON fo.round_id = r.id
         LEFT JOIN followed fu ON fu.round_id = r.id
       ORDER BY r.year, r.quarter`,
      { ...parameters, year: dashboard.year },
    );
    return rows.map((row) => ({
      year: row.year,
      quarter: row.quarter,
      judgements: Object.values(ProgressJudgement).map((judgement) => ({
        judgement,
        count: row.judgements?.[judgement] ?? 0,
      })),
      findings: row.findings,
      followUpsOpen: row.open,
      followUpsVerified: row.verified,
    }));
  }

  async latePlanItems(dashboard: PortfolioDashboard): Promise<number> {
    const [units, parameters] = this.units(dashboard);
    const [late, lateParameters] = lateCondition();
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM action_plan_item i JOIN unit u ON u.id = i.unit_id
       WHERE ${units} AND ${late}`,
      { ...parameters, ...lateParameters },
    );
    return row?.n ?? 0;
  }
}
