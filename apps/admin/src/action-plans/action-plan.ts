import type { ActionPlanItemInput, ChangeArea, PlanItemFragment, PlanItemStatus } from '@zi/schema/admin';
import { type MessageKey, oneOf, programYear, safeHref } from '@zi/ui';
import type { Problems } from '../monitoring/form-errors';
import { type QuarterNumber, quarterOf } from '../monitoring/quarters';
import { CHANGE_AREAS } from '../registry/enum-values';
import { withParams } from '../search-params';

export const PLAN_STATUSES: readonly PlanItemStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE'];

/** Whose plan of which year the page shows, as kept in its URL. */
export interface PlanParams {
  /** Null until the Inspektorat picks a unit; an operator's own unit otherwise. */
  unit: string | null;
  year: number;
}

export function parsePlanParams(search: URLSearchParams, today: string): PlanParams {
  return {
    unit: search.get('unit') || null,
    year: programYear(search.get('year')) ?? Number(today.slice(0, 4)),
  };
}

/** The query string of a plan: `?unit=<id>&year=<year>`, without the unit until one is picked. */
export function planSearch({ unit, year }: PlanParams): URLSearchParams {
  const search = new URLSearchParams();
  if (unit) search.set('unit', unit);
  search.set('year', String(year));
  return search;
}

/** The late activities listed before a unit is picked: an area, and the cursor of the page shown. */
export interface LateParams {
  area: ChangeArea | null;
  after: string | null;
}

export function parseLateParams(search: URLSearchParams): LateParams {
  return { area: oneOf(CHANGE_AREAS, search.get('area')), after: search.get('after') || null };
}

/** `search` with the late list's parameters replaced, the plan's kept. */
export const withLateParams = (search: URLSearchParams, { area, after }: LateParams): URLSearchParams =>
  withParams(search, { area, after });

/** The years a plan may be looked at for: next year's, this year's and the two before, and the one shown. */
export function planYears(today: string, shown: number): number[] {
  const current = Number(today.slice(0, 4));
  return [...new Set([current + 1, current, current - 1, current - 2, shown])].sort((a, b) => b - a);
}

/** The plan by change area, every area listed even without activities: a gap is worth seeing. */
export function itemsByArea(items: readonly PlanItemFragment[]) {
  return CHANGE_AREAS.map((area) => ({ area, items: items.filter((item) => item.area === area) }));
}

export function planSummary(items: readonly PlanItemFragment[]) {
  return {
    total: items.length,
    done: items.filter((item) => item.status === 'DONE').length,
    late: items.filter((item) => item.late).length,
  };
}

export interface PlanItemDraft {
  area: ChangeArea | null;
  activity: string;
  output: string;
  targetQuarter: QuarterNumber;
  personInCharge: string;
}

/** A blank activity, due by the current quarter in the current year, by the first in a later one. */
export function blankPlanItem(year: number, today: string): PlanItemDraft {
  const current = quarterOf(today);
  const quarter = year === current.year ? current.quarter : year < current.year ? 4 : 1;
  return {
    area: null,
    activity: '',
    output: '',
    targetQuarter: quarter as QuarterNumber,
    personInCharge: '',
  };
}

export const PLAN_ITEM_PATHS = new Set(['area', 'activity', 'output', 'targetQuarter', 'personInCharge']);

export function planItemProblems(draft: PlanItemDraft): Problems {
  const problems = new Map<string, MessageKey>();
  if (!draft.area) problems.set('area', 'monitoring.required');
  if (!draft.activity.trim()) problems.set('activity', 'monitoring.required');
  if (!draft.output.trim()) problems.set('output', 'monitoring.required');
  if (!draft.personInCharge.trim()) problems.set('personInCharge', 'monitoring.required');
  return problems;
}

/** What `addActionPlanItem` takes for a draft whose area is chosen. */
export function planItemInput(
  draft: PlanItemDraft & { area: ChangeArea },
  unitId: string,
  year: number,
): ActionPlanItemInput {
  return {
    unitId,
    year,
    area: draft.area,
    activity: draft.activity.trim(),
    output: draft.output.trim(),
    targetQuarter: draft.targetQuarter,
    personInCharge: draft.personInCharge.trim(),
  };
}

export interface ProgressDraft {
  status: PlanItemStatus;
  realisation: string;
  evidenceUrl: string;
}

export const PROGRESS_PATHS = new Set(['status', 'realisation', 'evidenceUrl']);

/**
 * An activity says what was done in the statuses the API requires it for (a done one); a link must be
 * a web link.
 */
export function progressProblems(
  draft: ProgressDraft,
  realisationRequiredFor: readonly PlanItemStatus[],
): Problems {
  const problems = new Map<string, MessageKey>();
  if (realisationRequiredFor.includes(draft.status) && !draft.realisation.trim()) {
    problems.set('realisation', 'actionPlan.realisationRequired');
  }
  if (draft.evidenceUrl.trim() && !safeHref(draft.evidenceUrl.trim())) {
    problems.set('evidenceUrl', 'monitoring.linkInvalid');
  }
  return problems;
}
