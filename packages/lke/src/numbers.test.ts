import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round2 } from './numbers.js';

/** ROUND(n / 1000; 2) worked out in whole numbers: half away from zero, as the official sheet does. */
function sheetRoundOfThousandths(n: number): number {
  const magnitude = Math.abs(n);
  const cents = Math.floor(magnitude / 10) + (magnitude % 10 >= 5 ? 1 : 0);
  if (cents === 0) return 0;
  return (n < 0 ? -cents : cents) / 100;
}

describe('round2', () => {
  it('rounds half a cent away from zero, whatever binary value holds the decimal', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(9.075)).toBe(9.08);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(1.0049999999)).toBe(1);
    expect(round2(201 / 200)).toBe(1.01);
  });

  it('gives repeating ratios the cent the sheet shows, and never a negative zero', () => {
    expect(round2(1 / 3)).toBe(0.33);
    expect(round2(2 / 3)).toBe(0.67);
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(round2(1e-7)).toBe(0);
  });

  it('agrees with whole-number rounding on every value of three decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        expect(round2(n / 1000)).toBe(sheetRoundOfThousandths(n));
      }),
      { numRuns: 20_000 },
    );
  });
});
