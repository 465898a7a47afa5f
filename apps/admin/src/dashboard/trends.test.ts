import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { PROGRESS_JUDGEMENTS } from '../registry/enum-values';
import { TRENDS } from './test-fixtures';
import { followUpChart, judgementChart, quarterLabel } from './trends';

const t = translator('id', messages);

describe('quarterly trends', () => {
  it('name a quarter as people do, the year as a name', () => {
    expect(quarterLabel({ year: 2026, quarter: 3 }, t)).toBe('T3 2026');
    expect(quarterLabel({ year: 2026, quarter: 3 }, translator('en', messages))).toBe('Q3 2026');
  });

  it('chart findings and their follow-ups per quarter', () => {
    const chart = followUpChart(TRENDS, t);
    expect(chart.series.map((series) => series.label)).toEqual([
      'Temuan',
      'Tindak lanjut belum diverifikasi',
      'Tindak lanjut terverifikasi',
    ]);
    expect(chart.bars.map((bar) => bar.values)).toEqual([
      [8, 0, 8],
      [7, 3, 4],
    ]);
  });

  it('chart every judgement in order, zero where the API gave none', () => {
    expect(PROGRESS_JUDGEMENTS).toEqual(['NOT_STARTED', 'BEHIND', 'ON_TRACK', 'AHEAD']);
    const chart = judgementChart(TRENDS, t);
    expect(chart.series.map((series) => series.label)).toEqual([
      'Belum dimulai',
      'Tertinggal',
      'Sesuai rencana',
      'Melampaui rencana',
    ]);
    expect(chart.bars.map((bar) => bar.values)).toEqual([
      [21, 55, 69, 5],
      [0, 0, 80, 0],
    ]);
  });
});
