import {
  conversionFormula,
  formatExact,
  SURVEY_INSTRUMENTS,
  type SurveyResult,
  sampleFormula,
  surveyResultOfTotals,
} from '@zi/lke';
import type { RequestInfo } from '../../common/context.js';
import { badInput, notFound } from '../../common/errors.js';
import { fromGlobalIdOf, toGlobalId } from '../../common/global-id.js';
import { RefusalReason } from '../../common/refusal-reason.js';
import type { Db } from '../../db/db.js';
import { recordChange } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { unitScopeCondition, unitScopeOf } from '../units/unit.scope.js';
import type { DecideSurveyResponseInput } from './survey.inputs.js';
import type { SurveyCounts, SurveyIndexResult, SurveyResponseView, SurveyResults } from './survey.types.js';
import { countsOfPeriods } from './survey-counts.js';
import { SurveyDecision } from './survey-decision.entity.js';
import type { ExclusionReason, ResponseFlag } from './survey-enums.js';
import type { SurveyPeriod } from './survey-period.entity.js';
import { itemTotals, periodResponses } from './surveys.queries.js';

/** Responses a list shows at most. */
export const MOST_LISTED_RESPONSES = 500;

const asIndex = (result: SurveyResult): SurveyIndexResult => ({
  instrument: result.instrument,
  index: result.index,
  responses: result.responses,
  mean: result.mean,
  lkeValue: result.lkeValue,
  score100: result.score100,
  exact: result.lkeExact && formatExact(result.lkeExact),
  items: result.items,
});

/** The grouped totals of one service type (or of all), by instrument. */
type Totals = Map<string, { totals: number[]; responses: number }>;

/**
 * What a survey period's responses add up to, computed by @zi/lke from what the database sums,
 * and the decisions that leave responses out.
 */
export class SurveyResultsService {
  constructor(private readonly db: Db) {}

  /** A period's counts and indices, overall and per service type. */
  async results(period: SurveyPeriod): Promise<SurveyResults> {
    // One after the other: closing a period runs this inside its transaction, on one connection.
    const [counts] = await countsOfPeriods(this.db.manager, [period]);
    const rows = await itemTotals(this.db.manager, { periodId: period.id });
    const overall: Totals = new Map();
    const byService = new Map<string, Totals>();
    for (const row of rows) {
      add(overall, row.instrument, row.position, row.total, row.ratings);
      if (row.serviceType === null) continue;
      const totals = byService.get(row.serviceType) ?? new Map();
      byService.set(row.serviceType, totals);
      add(totals, row.instrument, row.position, row.total, row.ratings);
    }
    const scale = { points: period.scalePoints, conversion: period.conversion };
    const indicesOf = (totals: Totals) =>
      period.instruments.flatMap((code) => {
        const instrument = SURVEY_INSTRUMENTS.get(code);
        if (!instrument) return [];
        const found = totals.get(code);
        return [asIndex(surveyResultOfTotals(instrument, scale, found?.responses ?? 0, found?.totals ?? []))];
      });
    return {
      counts: counts as SurveyCounts,
      indices: indicesOf(overall),
      byServiceType: [...byService]
        .map(([serviceType, totals]) => ({
          serviceType,
          responses: Math.max(0, ...[...totals.values()].map((one) => one.responses)),
          indices: indicesOf(totals),
        }))
        .sort((a, b) => a.serviceType.localeCompare(b.serviceType, 'id')),
      conversionFormula: conversionFormula(scale),
      sampleFormula: sampleFormula(period.sampleMethod),
    };
  }

  /** A period's responses, newest first: all, or those flagged or left out. */
  async responses(period: SurveyPeriod, noticedOnly: boolean, limit: number): Promise<SurveyResponseView[]> {
    const rows = await periodResponses(this.db.manager, { periodId: period.id, noticedOnly, limit });
    return rows.map((row) => ({
      ...row,
      id: toGlobalId('SurveyResponse', row.id),
      ratings: period.instruments.map((instrument) => ({
        instrument,
        ratings: row.ratings[instrument] ?? [],
      })),
      flags: row.flags as ResponseFlag[],
      exclusionReason: row.reason as ExclusionReason | null,
    }));
  }

  /**
   * Leaves a response out with a reason, or keeps it: a new decision, the latest standing; nothing
   * the respondent sent changes. Only while its period is open. Audited.
   */
  async decide(
    viewer: Viewer,
    input: DecideSurveyResponseInput,
    request: RequestInfo,
  ): Promise<{ periodId: string; responseId: string }> {
    const responseId = fromGlobalIdOf('SurveyResponse', input.responseId, 'responseId');
    const reason = input.excluded ? input.exclusionReason : null;
    const note = input.note?.trim() || null;
    if (input.excluded && !reason)
      throw badInput('exclusionReason', 'exclusionReason: say why the response is left out', {
        reason: RefusalReason.REASON_REQUIRED,
      });
    if (reason === 'other' && !note)
      throw badInput('note', 'note: say what the other reason is', { reason: RefusalReason.REQUIRED });
    return this.db.transaction(async (manager) => {
      const [condition, parameters] = unitScopeCondition(unitScopeOf(viewer), 'p.unit_id');
      const [found] = (await manager
        .createQueryBuilder()
        .select(['p.id AS "periodId"', 'p.closed_at AS "closedAt"'])
        .from('survey_response', 'r')
        .innerJoin('survey_period', 'p', 'p.id = r.period_id')
        .where('r.id = :responseId', { responseId })
        .andWhere(condition, parameters)
        .setLock('pessimistic_write', undefined, ['p'])
        .getRawMany()) as Array<{ periodId: string; closedAt: Date | null }>;
      if (!found) throw notFound('responseId', 'survey response');
      if (found.closedAt) {
        throw badInput('responseId', 'responseId: its period is closed; its indices are final', {
          reason: RefusalReason.SURVEY_PERIOD_CLOSED,
        });
      }
      const decision = await manager.save(
        manager.create(SurveyDecision, {
          responseId,
          excluded: input.excluded,
          reason,
          note,
          decidedBy: viewer.id,
        }),
      );
      await recordChange(manager, viewer, request, 'survey.decide', 'survey_response', responseId, null, {
        excluded: decision.excluded,
        reason,
        note,
      });
      return { periodId: found.periodId, responseId };
    });
  }
}

function add(totals: Totals, instrument: string, position: number, total: number, ratings: number): void {
  const found = totals.get(instrument) ?? { totals: [], responses: 0 };
  totals.set(instrument, found);
  found.totals[position] = total;
  found.responses = Math.max(found.responses, ratings);
}
