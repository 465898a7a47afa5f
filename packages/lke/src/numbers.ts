/**
 * Removes binary floating-point noise (0.1 + 0.2 = 0.30000000000000004) so that a score compares
 * with a threshold as the official spreadsheet shows it; ten places are far below any weight.
 */
export function clean(value: number): number {
  return Number(value.toFixed(10));
}

/**
 * Two decimals, as the official sheet's ROUND(x; 2) gives them: half away from zero on the decimal
 * value. Multiplying the binary value would round 1.005 (stored as 1.00499999…) down to 1.00; the
 * decimal digits, shifted by exponent, give 100.5 and 1.01.
 */
export function round2(value: number): number {
  const cents = Math.round(Number(`${Math.abs(value).toFixed(10)}e2`));
  if (cents === 0) return 0;
  return (value < 0 ? -cents : cents) / 100;
}
