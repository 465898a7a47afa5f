import { describe, expect, it } from 'vitest';
import { lkeYearOf, lkeYears, withLkeYear } from './lke-year';

describe('LKE year of the units list', () => {
  it('is this year unless the URL names another program year', () => {
    expect(lkeYearOf(new URLSearchParams(''), 2026)).toBe(2026);
    expect(lkeYearOf(new URLSearchParams('lkeYear=2022'), 2026)).toBe(2022);
    expect(lkeYearOf(new URLSearchParams('lkeYear=1999'), 2026)).toBe(2026);
    expect(lkeYearOf(new URLSearchParams('lkeYear=20x2'), 2026)).toBe(2026);
  });

  it('stays out of the URL when it is this year, and keeps the list’s filters', () => {
    const search = new URLSearchParams('stage=WBK&lkeYear=2022');
    expect(withLkeYear(search, 2024, 2026).toString()).toBe('stage=WBK&lkeYear=2024');
    expect(withLkeYear(search, 2026, 2026).toString()).toBe('stage=WBK');
    expect(search.toString()).toBe('stage=WBK&lkeYear=2022');
  });

  it('offers this year and the six before, and a selected year outside them', () => {
    expect(lkeYears(2026, 2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(lkeYears(2026, 2015)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2015]);
  });
});
