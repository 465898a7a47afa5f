/**
 * Exact rational arithmetic for scores (decision 0033): every weight, option ratio, threshold and
 * typed number is a finite decimal, and every score is sums, products and quotients of those and of
 * whole counts, so a fraction of two bigints holds it exactly. A value equal to a threshold compares
 * equal to it, whatever path of thirds or sevenths led there.
 */
export interface Exact {
  /** Numerator; carries the sign. */
  readonly n: bigint;
  /** Denominator, always > 0; the fraction is always in lowest terms. */
  readonly d: bigint;
}

const abs = (value: bigint) => (value < 0n ? -value : value);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(n: bigint, d: bigint): Exact {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n, d) || 1n;
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
}

export const ZERO = fraction(0n, 1n);
export const ONE = fraction(1n, 1n);
export const HUNDRED = fraction(100n, 1n);

/**
 * The decimal a person typed or a data file holds, exactly: 3.6 is 36/10, not the binary double
 * nearest to it. JavaScript prints a double as the shortest decimal that reads back as it, which
 * is the decimal that was written.
 */
export function exactOf(value: number): Exact {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`unexpected number format: ${value}`);
  const [, sign, whole, decimals = '', exponent = '0'] = match;
  const shift = Number(exponent) - decimals.length;
  const digits = BigInt(`${sign}${whole}${decimals}`);
  return shift >= 0 ? fraction(digits * 10n ** BigInt(shift), 1n) : fraction(digits, 10n ** BigInt(-shift));
}

export const add = (a: Exact, b: Exact) => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Exact, b: Exact) => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Exact, b: Exact) => fraction(a.n * b.n, a.d * b.d);
export const div = (a: Exact, b: Exact) => fraction(a.n * b.d, a.d * b.n);

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  const difference = a.n * b.d - b.n * a.d;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export const clamp = (value: Exact, low: Exact, high: Exact) =>
  compare(value, low) < 0 ? low : compare(value, high) > 0 ? high : value;

export const sum = (values: readonly Exact[]) => values.reduce(add, ZERO);

/** The nearest double, to ten decimal places: what a person reads and GraphQL carries. */
export function toNumber(value: Exact): number {
  const scaled = value.n * 10n ** 10n;
  const half = value.d / 2n;
  const rounded = (scaled + (scaled < 0n ? -half : half)) / value.d;
  const digits = abs(rounded).toString().padStart(11, '0');
  return Number(`${rounded < 0n ? '-' : ''}${digits.slice(0, -10)}.${digits.slice(-10)}`);
}

/** "n/d", as stored beside the rounded number so that a stored score decides exactly too. */
export const formatExact = (value: Exact) => `${value.n}/${value.d}`;

export function parseExact(text: string): Exact | null {
  const match = /^(-?\d+)\/(\d+)$/.exec(text);
  return match && match[2] !== '0' ? fraction(BigInt(match[1] as string), BigInt(match[2] as string)) : null;
}
