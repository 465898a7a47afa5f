import { describe, expect, it } from 'vitest';
import {
  addDays,
  byStartDay,
  clockIn,
  dayIn,
  dayLabel,
  instantIn,
  monthOf,
  monthTitle,
  monthWeeks,
  offsetOf,
  shiftMonth,
  weekdayNames,
  weeksRange,
  zoneName,
} from './zone-time';

const JAKARTA = 'Asia/Jakarta';
const MAKASSAR = 'Asia/Makassar';
const JAYAPURA = 'Asia/Jayapura';

describe('time in the zone of the instansi', () => {
  it('turns a day and a time in Jakarta into an instant, and back', () => {
    expect(instantIn('2026-11-30', '09:00', JAKARTA)).toBe('2026-11-30T02:00:00.000Z');
    expect(instantIn('2026-12-01', '06:30', JAKARTA)).toBe('2026-11-30T23:30:00.000Z');
    expect(instantIn('2026-11-30', '', JAKARTA)).toBeNull();
    expect(instantIn('30/11/2026', '09:00', JAKARTA)).toBeNull();
    // Late evening in UTC is already the next day in Jakarta.
    expect(dayIn('2026-11-30T23:30:00.000Z', JAKARTA)).toBe('2026-12-01');
    expect(clockIn('2026-11-30T23:30:00.000Z', 'id', JAKARTA)).toBe('06.30');
    expect(clockIn('2026-11-30T06:05:00.000Z', 'en', JAKARTA)).toBe('13:05');
  });

  it('reads 09.00 in Makassar and in Jayapura an hour and two earlier in UTC, each zone by its name', () => {
    expect(instantIn('2026-11-30', '09:00', MAKASSAR)).toBe('2026-11-30T01:00:00.000Z');
    expect(instantIn('2026-11-30', '09:00', JAYAPURA)).toBe('2026-11-30T00:00:00.000Z');
    expect(dayIn('2026-11-30T15:30:00.000Z', JAYAPURA)).toBe('2026-12-01');
    expect(clockIn('2026-11-30T02:00:00.000Z', 'id', MAKASSAR)).toBe('10.00');
    expect([JAKARTA, MAKASSAR, JAYAPURA].map(offsetOf)).toEqual(['+07:00', '+08:00', '+09:00']);
    expect([JAKARTA, MAKASSAR, JAYAPURA].map(zoneName)).toEqual(['WIB', 'WITA', 'WIT']);
  });

  it('lays a month out in weeks from Monday, with the days around it', () => {
    const weeks = monthWeeks('2026-11');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(weeks.at(-1)?.at(-1)).toBe('2026-12-06');
    // February 2027 starts on a Monday and fills four weeks exactly.
    expect(monthWeeks('2027-02').map((week) => week[0])).toEqual([
      '2027-02-01',
      '2027-02-08',
      '2027-02-15',
      '2027-02-22',
    ]);
    expect(weeksRange(weeks, JAKARTA)).toEqual({
      from: '2026-10-25T17:00:00.000Z',
      to: '2026-12-06T17:00:00.000Z',
    });
  });

  it('moves between months and reads one from the URL', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-03', -1)).toBe('2026-02');
    expect(monthOf('2027-02', '2026-11-22')).toBe('2027-02');
    expect(monthOf('2027-13', '2026-11-22')).toBe('2026-11');
    expect(monthOf(null, '2026-11-22')).toBe('2026-11');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it('names months and weekdays in the viewer’s language', () => {
    expect(monthTitle('2026-11', 'id')).toBe('November 2026');
    expect(monthTitle('2026-08', 'en')).toBe('August 2026');
    expect(weekdayNames('id', 'short')).toEqual(['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min']);
    expect(weekdayNames('en', 'long')[0]).toBe('Monday');
    expect(dayLabel('2026-11-23', 'id')).toBe('Senin, 23 November');
  });

  it('groups sessions by the day they start in Jakarta, each day by start', () => {
    const sessions = [
      { id: 'b', startsAt: '2026-11-30T06:00:00.000Z' },
      { id: 'c', startsAt: '2026-11-30T18:00:00.000Z' },
      { id: 'a', startsAt: '2026-11-30T01:00:00.000Z' },
    ];
    const days = byStartDay(sessions, JAKARTA);
    expect([...days.keys()]).toEqual(['2026-11-30', '2026-12-01']);
    expect(days.get('2026-11-30')?.map((session) => session.id)).toEqual(['a', 'b']);
  });
});
