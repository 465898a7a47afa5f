import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatTime } from './date';

describe('formatDate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes dates in words in each language', () => {
    expect(formatDate('2025-08-17', 'id')).toBe('17 Agustus 2025');
    expect(formatDate('2025-08-17', 'en')).toBe('17 August 2025');
  });

  it('never shifts the day, whatever the timezone', () => {
    for (const timezone of ['America/Los_Angeles', 'Asia/Jayapura', 'Pacific/Kiritimati']) {
      vi.stubEnv('TZ', timezone);
      expect(formatDate('2026-01-01', 'id'), timezone).toBe('1 Januari 2026');
      expect(formatDate('2025-12-31', 'en'), timezone).toBe('31 December 2025');
    }
  });

  it('returns anything that is not a real YYYY-MM-DD date unchanged', () => {
    expect(formatDate('2025-02-30', 'id')).toBe('2025-02-30');
    expect(formatDate('17/08/2025', 'id')).toBe('17/08/2025');
    expect(formatDate('', 'en')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('writes an instant in words with its zone', () => {
    expect(formatDateTime('2026-11-22T17:11:11.949Z', 'id', 'Asia/Jakarta')).toBe(
      '23 November 2026 pukul 00.11 WIB',
    );
    expect(formatDateTime('2026-11-22T17:11:11.949Z', 'en', 'UTC')).toBe('22 November 2026 at 17:11 UTC');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatDateTime('kemarin', 'id')).toBe('kemarin');
  });
});

describe('formatTime', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes the time of day in the viewer’s zone, in each language’s style', () => {
    vi.stubEnv('TZ', 'Asia/Jakarta');
    expect(formatTime('2026-11-22T03:05:00Z', 'id')).toBe('10.05');
    expect(formatTime(Date.parse('2026-11-22T03:05:00Z'), 'en')).toBe('10:05');
    expect(formatTime('nanti', 'id')).toBe('nanti');
  });
});
