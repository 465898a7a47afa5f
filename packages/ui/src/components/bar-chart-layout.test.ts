import { describe, expect, it } from 'vitest';
import { barPercent, chartSummary } from './bar-chart-layout';

describe('bar chart layout', () => {
  it('scales bars to the largest value, leaving room for its label', () => {
    expect(barPercent(228, 228)).toBe(78);
    expect(barPercent(114, 228)).toBe(39);
    expect(barPercent(0, 228)).toBe(0);
    expect(barPercent(0, 0)).toBe(0);
  });

  it('says every value in words, per category and series', () => {
    const format = (value: number) => value.toLocaleString('id-ID');
    expect(
      chartSummary(
        {
          title: 'Unit per tahap',
          series: [{ key: 'units', label: 'Unit' }],
          bars: [
            { key: 'a', label: 'Pembangunan', values: [1234] },
            { key: 'b', label: 'Menuju WBK', values: [3] },
          ],
        },
        format,
      ),
    ).toBe('Pembangunan: 1.234; Menuju WBK: 3');
    expect(
      chartSummary(
        {
          title: 'Per tahun',
          series: [
            { key: 'd', label: 'Pencanangan' },
            { key: 'w', label: 'Menuju WBK' },
          ],
          bars: [{ key: '2026', label: '2026', values: [17, 2] }],
        },
        format,
      ),
    ).toBe('2026: Pencanangan 17, Menuju WBK 2');
  });
});
