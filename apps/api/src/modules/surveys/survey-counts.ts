import { requiredSample } from '@zi/lke';
import type { EntityManager } from 'typeorm';
import type { SurveyCounts } from './survey.types.js';
import type { ExclusionReason } from './survey-enums.js';
import type { SurveyPeriod } from './survey-period.entity.js';
import { exclusionsByReason, periodCounts } from './surveys.queries.js';

/**
 * Received, excluded, used and awaiting a decision, and the sample needed, per period, in two
 * statements however many periods: the one count the portal, the public page and open data show.
 */
export async function countsOfPeriods(
  manager: EntityManager,
  periods: readonly SurveyPeriod[],
): Promise<SurveyCounts[]> {
  const ids = periods.map((period) => period.id);
  // One after the other: inside a transaction both run on its one connection.
  const counted = await periodCounts(manager, { ids });
  const excluded = await exclusionsByReason(manager, { ids });
  const countedById = new Map(counted.map((row) => [row.periodId, row]));
  return periods.map((period) => {
    const row = countedById.get(period.id);
    return {
      received: row?.received ?? 0,
      excluded: row?.excluded ?? 0,
      used: row?.used ?? 0,
      awaitingDecision: row?.awaitingDecision ?? 0,
      excludedByReason: excluded
        .filter((one) => one.periodId === period.id)
        .map((one) => ({ exclusionReason: one.reason as ExclusionReason, count: one.count })),
      required:
        period.serviceUsers === null ? null : requiredSample(period.sampleMethod, period.serviceUsers),
    };
  });
}
