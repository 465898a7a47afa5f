import { describe, expect, it } from 'vitest';
import { formatNumber } from './number';

describe('formatNumber', () => {
  it('uses each language’s separators', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('shows up to two decimals unless told otherwise', () => {
    expect(formatNumber(87.125, 'id')).toBe('87,13');
    expect(formatNumber(75, 'id')).toBe('75');
    expect(formatNumber(75, 'id', { min: 2 })).toBe('75,00');
    expect(formatNumber(3.6, 'en', { min: 2, max: 2 })).toBe('3.60');
    expect(formatNumber(0.875, 'id', { max: 1 })).toBe('0,9');
  });
});
