import { describe, expect, it } from 'vitest';
import { coachingSearch, parseCoachingParams } from './coaching-params';
import { attendanceOf, offeredUnits } from './invitations';

const TODAY = '2026-11-22';

describe('the coaching page’s URL', () => {
  it('shows this month’s calendar by default, and a list from a month back to half a year ahead', () => {
    expect(parseCoachingParams(new URLSearchParams(), TODAY)).toEqual({
      view: 'calendar',
      month: '2026-11',
      from: '2026-10-23',
      to: '2027-05-21',
    });
    expect(
      parseCoachingParams(new URLSearchParams('view=list&from=2026-01-01&to=nope'), TODAY),
    ).toMatchObject({
      view: 'list',
      from: '2026-01-01',
      to: '2027-05-21',
    });
  });

  it('keeps only what differs from the defaults, for the view shown', () => {
    const params = parseCoachingParams(new URLSearchParams('month=2027-01&from=2026-01-01'), TODAY);
    expect(coachingSearch(params, TODAY).toString()).toBe('month=2027-01');
    expect(coachingSearch({ ...params, view: 'list' }, TODAY).toString()).toBe('view=list&from=2026-01-01');
    expect(coachingSearch({ ...params, month: '2026-11' }, TODAY).toString()).toBe('');
  });
});

describe('invitations', () => {
  const units = [
    { id: 'u1', name: 'Dinas Kesehatan', currentStage: 'BUILDING' as const },
    { id: 'u2', name: 'Dinas Sosial', currentStage: null },
    { id: 'u3', name: 'RSUD Bukit Hijau', currentStage: 'WBK' as const },
  ];

  it('offer the ZI units, all units on request, by every word typed, the invited ones always', () => {
    expect(offeredUnits(units, [], '', false).map((unit) => unit.id)).toEqual(['u1', 'u3']);
    expect(offeredUnits(units, [], 'dinas', true).map((unit) => unit.id)).toEqual(['u1', 'u2']);
    expect(offeredUnits(units, [], 'hijau rsud', false).map((unit) => unit.id)).toEqual(['u3']);
    expect(offeredUnits(units, ['u2'], 'rsud', false).map((unit) => unit.id)).toEqual(['u2', 'u3']);
  });

  it('count who came, once attendance is recorded', () => {
    const unit = { id: 'u1', name: 'Dinas Kesehatan' };
    expect(attendanceOf([{ attended: null, unit }])).toBeNull();
    expect(
      attendanceOf([
        { attended: true, unit },
        { attended: false, unit },
        { attended: true, unit },
      ]),
    ).toEqual({
      attended: 2,
      invited: 3,
    });
  });
});
