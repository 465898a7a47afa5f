import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { LARGE_GAP, largeGapsChart, largestGapsChart } from './gaps';
import { failingRuleCounts, riskChart } from './risks';
import { GAPS, RISK_RULES } from './test-fixtures';

const t = translator('id', messages);

describe('self-assessment against the TPI', () => {
  it('counts per area, in the regulation’s order, the units rating themselves far above the TPI', () => {
    expect(LARGE_GAP).toBe(10);
    const chart = largeGapsChart(GAPS, t);
    expect(chart.title).toBe('Unit yang menilai diri 10 poin atau lebih di atas TPI, per area');
    expect(chart.bars.map((bar) => [bar.key, bar.values[0]])).toEqual([
      ['CHANGE_MANAGEMENT', 0],
      ['BUSINESS_PROCESS', 0],
      ['HUMAN_RESOURCES', 1],
      ['ACCOUNTABILITY', 1],
      ['SUPERVISION', 0],
      ['PUBLIC_SERVICE', 1],
    ]);
  });

  it('charts the largest gaps, self beside TPI, leaving out units the TPI rated as high or higher', () => {
    const chart = largestGapsChart(GAPS, t);
    expect(chart.title).toBe('4 selisih terbesar');
    expect(chart.series.map((series) => series.label)).toEqual(['Mandiri (%)', 'TPI (%)']);
    expect(chart.bars[0]).toEqual({
      key: 'u-RSUD Provinsi-PUBLIC_SERVICE',
      label: 'RSUD Provinsi · Kualitas pelayanan publik',
      values: [97.7, 79.2],
    });
    expect(chart.bars).toHaveLength(4);
  });
});

describe('units at risk', () => {
  it('chart the units failing each rule as the API counts them, the most failed first', () => {
    const counts = failingRuleCounts(RISK_RULES);
    expect(counts[0]).toEqual({ label: 'Manajemen Perubahan (pemenuhan + reform) ≥ 60%', units: 41 });
    expect(counts.map((count) => count.units)).toEqual([41, 12, 5, 1, 1]);
    expect(riskChart(counts, t).bars[0]?.values).toEqual([41]);
  });

  it('add up a label two predicates share', () => {
    const shared = RISK_RULES.map((rule) => ({ ...rule, label: 'Syarat yang sama' }));
    expect(failingRuleCounts(shared)).toEqual([{ label: 'Syarat yang sama', units: 60 }]);
  });
});
