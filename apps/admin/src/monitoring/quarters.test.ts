import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { quarterName, quarterOf, unopenedQuarters } from './quarters';

describe('quarters', () => {
  it('places a day in its quarter', () => {
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-06-30')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf('2026-07-01')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, quarter: 4 });
  });

  it('names a quarter as monitoring does, in each language', () => {
    expect(quarterName(translator('id', messages), { year: 2026, quarter: 4 })).toBe('Triwulan IV 2026');
    expect(quarterName(translator('en', messages), { year: 2026, quarter: 4 })).toBe('Q4 2026');
    // A year is a name: never "2.026".
    expect(quarterName(translator('id', messages), { year: 2026, quarter: 1 })).toBe('Triwulan I 2026');
  });

  it('offers the quarters begun this year and last that have no round, newest first', () => {
    const opened = [
      { year: 2026, quarter: 1 },
      { year: 2026, quarter: 2 },
      { year: 2026, quarter: 3 },
      { year: 2025, quarter: 4 },
    ];
    expect(unopenedQuarters(opened, { year: 2026, quarter: 4 })).toEqual([
      { year: 2026, quarter: 4 },
      { year: 2025, quarter: 3 },
      { year: 2025, quarter: 2 },
      { year: 2025, quarter: 1 },
    ]);
    // Quarters that have not begun are never offered.
    expect(unopenedQuarters([], { year: 2026, quarter: 2 }).slice(0, 3)).toEqual([
      { year: 2026, quarter: 2 },
      { year: 2026, quarter: 1 },
      { year: 2025, quarter: 4 },
    ]);
    const all = [1, 2, 3, 4].flatMap((quarter) => [
      { year: 2026, quarter },
      { year: 2025, quarter },
    ]);
    expect(unopenedQuarters(all, { year: 2026, quarter: 4 })).toEqual([]);
  });
});
