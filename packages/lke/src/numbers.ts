/**
 * Removes binary floating-point noise (0.1 + 0.2 = 0.30000000000000004) so that a score compares
 * with a threshold as the official spreadsheet shows it; ten places are far below any weight.
 */
export function clean(value: number): number {
  return Number(value.toFixed(10));
}

/** Two decimals, as the official sheet displays scores. */
export function round2(value: number): number {
  return Math.round(clean(value) * 100) / 100;
}
