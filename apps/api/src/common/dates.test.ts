import { describe, expect, it } from 'vitest';
import { todayIn, todayInIndonesia } from './dates.js';

describe('today where the instansi is', () => {
  // 16:30 UTC: 23:30 WIB, 00:30 WITA and 01:30 WIT the next day.
  const lateEvening = Date.parse('2026-12-07T16:30:00Z');

  it('turns the day at local midnight in each of the three zones', () => {
    expect(todayIn('Asia/Jakarta', lateEvening)).toBe('2026-12-07');
    expect(todayIn('Asia/Makassar', lateEvening)).toBe('2026-12-08');
    expect(todayIn('Asia/Jayapura', lateEvening)).toBe('2026-12-08');
    expect(todayIn('Asia/Jayapura', Date.parse('2026-12-07T14:59:59Z'))).toBe('2026-12-07');
    expect(todayIn('Asia/Jayapura', Date.parse('2026-12-07T15:00:00Z'))).toBe('2026-12-08');
  });

  it('keeps the national day in WIB, across a year’s end', () => {
    expect(todayInIndonesia(lateEvening)).toBe('2026-12-07');
    expect(todayInIndonesia(Date.parse('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(todayInIndonesia(Date.parse('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
  });
});
