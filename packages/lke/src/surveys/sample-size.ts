import { add, div, type Exact, fraction, mul, sub } from '../exact.js';
import type { Words } from './instruments.js';

/**
 * How many responses a survey needs for its number of service users (PermenPANRB 14/2017 sizes
 * the sample from the population; the instansi chooses the formula).
 * - `krejcie_morgan`: Krejcie & Morgan (1970), s = χ²·N·P(1−P) ÷ (d²(N−1) + χ²·P(1−P)) with
 *   χ² = 3.841 (one degree of freedom, 95 %), P = 0.5 and d = 0.05, rounded to the nearest whole
 *   respondent as their published table is (the table units read: 79.5 is 80, 217.47 is 217).
 * - `slovin`: n = N ÷ (1 + N·e²), with e = 0.05, rounded up, as it is commonly applied.
 * Exact arithmetic: a population whose size lands on a whole or a half is not pushed past it.
 */
export type SampleMethod = 'krejcie_morgan' | 'slovin';

const CHI_SQUARE = fraction(3841n, 1000n);
const PROPORTION = fraction(1n, 2n);
const MARGIN = fraction(5n, 100n);
const ONE = fraction(1n, 1n);

export function requiredSample(method: SampleMethod, population: number): number {
  if (!Number.isInteger(population) || population < 0)
    throw new RangeError(`not a population: ${population}`);
  if (population === 0) return 0;
  const n = fraction(BigInt(population), 1n);
  return method === 'slovin' ? ceiling(slovin(n)) : nearest(krejcieMorgan(n));
}

function krejcieMorgan(n: Exact): Exact {
  const spread = mul(PROPORTION, sub(ONE, PROPORTION));
  const numerator = mul(mul(CHI_SQUARE, n), spread);
  const denominator = add(mul(mul(MARGIN, MARGIN), sub(n, ONE)), mul(CHI_SQUARE, spread));
  return div(numerator, denominator);
}

const slovin = (n: Exact): Exact => div(n, add(ONE, mul(n, mul(MARGIN, MARGIN))));

function ceiling(value: Exact): number {
  return Number((value.n + value.d - 1n) / value.d);
}

/** Halves up. */
function nearest(value: Exact): number {
  return Number((2n * value.n + value.d) / (2n * value.d));
}

/** The formula as a report and the portal print it. */
export function sampleFormula(method: SampleMethod): Words {
  return method === 'slovin'
    ? { id: 'Slovin: n = N ÷ (1 + N × 0,05²)', en: 'Slovin: n = N ÷ (1 + N × 0.05²)' }
    : {
        id: 'Krejcie–Morgan: n = 3,841 × N × 0,25 ÷ (0,05² × (N − 1) + 3,841 × 0,25)',
        en: 'Krejcie–Morgan: n = 3.841 × N × 0.25 ÷ (0.05² × (N − 1) + 3.841 × 0.25)',
      };
}
