import { describe, expect, it } from 'vitest';
import { AREA_BAR, bandOf, isBelowWbk, TOTAL_BAR } from './colour-scale';

describe('the heatmap colour scale', () => {
  it('measures against the worksheet’s own requirements', () => {
    expect(AREA_BAR).toEqual({ wbk: 60, wbbm: 75 });
    expect(TOTAL_BAR).toEqual({ wbk: 75, wbbm: 85 });
  });

  it('bands a score by the requirement it meets, a threshold counting as met', () => {
    expect(bandOf(0, AREA_BAR)).toBe('far');
    expect(bandOf(39.99, AREA_BAR)).toBe('far');
    expect(bandOf(40, AREA_BAR)).toBe('below');
    expect(bandOf(59.99, AREA_BAR)).toBe('below');
    expect(bandOf(60, AREA_BAR)).toBe('wbk');
    expect(bandOf(74.99, AREA_BAR)).toBe('wbk');
    expect(bandOf(75, AREA_BAR)).toBe('wbbm');
    expect(bandOf(100, AREA_BAR)).toBe('wbbm');
    expect(bandOf(79.02, TOTAL_BAR)).toBe('wbk');
    expect(bandOf(12.71, TOTAL_BAR)).toBe('far');
  });

  it('marks the bands below WBK, which are told by more than colour', () => {
    expect(['far', 'below', 'wbk', 'wbbm'].map((band) => isBelowWbk(band as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
