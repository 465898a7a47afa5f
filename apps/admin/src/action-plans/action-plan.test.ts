import type { PlanItemFragment } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import {
  blankPlanItem,
  itemsByArea,
  parseLateParams,
  parsePlanParams,
  planItemInput,
  planItemProblems,
  planSearch,
  planSummary,
  planYears,
  progressProblems,
  withLateParams,
} from './action-plan';

const TODAY = '2026-11-22';

const item = (id: string, patch: Partial<PlanItemFragment> = {}): PlanItemFragment => ({
  id,
  year: 2026,
  area: 'CHANGE_MANAGEMENT',
  activity: `Kegiatan ${id}`,
  output: 'SK',
  targetQuarter: 1,
  personInCharge: 'Ketua tim',
  status: 'PLANNED',
  realisation: null,
  evidenceUrl: null,
  late: false,
  realisationRequiredFor: ['DONE'],
  ...patch,
});

describe('an action plan', () => {
  it('is a unit’s of a year, this year’s by default', () => {
    expect(parsePlanParams(new URLSearchParams('unit=u1&year=2025'), TODAY)).toEqual({
      unit: 'u1',
      year: 2025,
    });
    expect(parsePlanParams(new URLSearchParams('year=1999'), TODAY)).toEqual({ unit: null, year: 2026 });
    expect(planYears(TODAY, 2026)).toEqual([2027, 2026, 2025, 2024]);
    expect(planYears(TODAY, 2020)).toEqual([2027, 2026, 2025, 2024, 2020]);
  });

  it('is linked to as ?unit=<id>&year=<year>, without a unit until one is picked', () => {
    expect(planSearch({ unit: 'u1', year: 2025 }).toString()).toBe('unit=u1&year=2025');
    expect(planSearch({ unit: null, year: 2026 }).toString()).toBe('year=2026');
  });

  it('lists late activities by area and page, in the URL beside the plan’s year', () => {
    expect(parseLateParams(new URLSearchParams('area=SUPERVISION&after=c1'))).toEqual({
      area: 'SUPERVISION',
      after: 'c1',
    });
    expect(parseLateParams(new URLSearchParams('area=NOPE'))).toEqual({ area: null, after: null });
    const search = new URLSearchParams('year=2026&area=SUPERVISION&after=c1');
    expect(withLateParams(search, { area: 'PUBLIC_SERVICE', after: null }).toString()).toBe(
      'year=2026&area=PUBLIC_SERVICE',
    );
    expect(search.toString()).toBe('year=2026&area=SUPERVISION&after=c1');
  });

  it('lists every change area in order, with its activities or none', () => {
    const areas = itemsByArea([
      item('a', { area: 'SUPERVISION' }),
      item('b'),
      item('c', { area: 'SUPERVISION' }),
    ]);
    expect(areas.map((area) => area.area)).toEqual([
      'CHANGE_MANAGEMENT',
      'BUSINESS_PROCESS',
      'HUMAN_RESOURCES',
      'ACCOUNTABILITY',
      'SUPERVISION',
      'PUBLIC_SERVICE',
    ]);
    expect(areas[0]?.items.map((entry) => entry.id)).toEqual(['b']);
    expect(areas[4]?.items.map((entry) => entry.id)).toEqual(['a', 'c']);
    expect(areas[1]?.items).toEqual([]);
  });

  it('counts its activities, the done ones and the late ones', () => {
    expect(planSummary([item('a', { status: 'DONE' }), item('b', { late: true }), item('c')])).toEqual({
      total: 3,
      done: 1,
      late: 1,
    });
  });

  it('offers a new activity for the current quarter this year, the first next year and the last in a past one', () => {
    expect(blankPlanItem(2026, TODAY).targetQuarter).toBe(4);
    expect(blankPlanItem(2027, TODAY).targetQuarter).toBe(1);
    expect(blankPlanItem(2025, TODAY).targetQuarter).toBe(4);
    expect(blankPlanItem(2026, '2026-04-01').targetQuarter).toBe(2);
  });

  it('asks for every field of a new activity, and sends it trimmed', () => {
    const draft = blankPlanItem(2026, TODAY);
    expect([...planItemProblems(draft).keys()]).toEqual(['area', 'activity', 'output', 'personInCharge']);
    const filled = {
      ...draft,
      area: 'ACCOUNTABILITY' as const,
      activity: ' Reviu IKU ',
      output: 'Laporan',
      personInCharge: 'Kasubag',
    };
    expect(planItemProblems(filled).size).toBe(0);
    expect(planItemInput(filled, 'u1', 2026)).toEqual({
      unitId: 'u1',
      year: 2026,
      area: 'ACCOUNTABILITY',
      activity: 'Reviu IKU',
      output: 'Laporan',
      targetQuarter: 4,
      personInCharge: 'Kasubag',
    });
  });

  it('asks what was done of a done activity, and a web link for its evidence', () => {
    expect(
      Object.fromEntries(
        progressProblems({ status: 'DONE', realisation: '', evidenceUrl: 'c:\\bukti.pdf' }, ['DONE']),
      ),
    ).toEqual({
      realisation: 'actionPlan.realisationRequired',
      evidenceUrl: 'monitoring.linkInvalid',
    });
    expect(progressProblems({ status: 'IN_PROGRESS', realisation: '', evidenceUrl: '' }, ['DONE']).size).toBe(
      0,
    );
    // Which statuses need it is the API's answer, not the portal's.
    const inProgress = { status: 'IN_PROGRESS', realisation: ' ', evidenceUrl: '' } as const;
    expect([...progressProblems(inProgress, ['IN_PROGRESS', 'DONE']).keys()]).toEqual(['realisation']);
    expect(progressProblems({ ...inProgress, status: 'DONE' }, []).size).toBe(0);
  });
});
