import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { coachedPercent, coachingChart } from './coaching';
import { funnelChart, funnelTotals, stageLabel } from './funnel';
import { headlineFigures } from './headline';
import { OVERVIEW } from './test-fixtures';

const t = translator('id', messages);

describe('the dashboard overview', () => {
  it('sums the headline figures, the predicates as units hold them now', () => {
    expect(headlineFigures(OVERVIEW)).toEqual({
      units: 253,
      building: 25,
      wbk: 4,
      wbbm: 2,
      overdueFollowUps: 7,
      latePlanItems: 7,
      neverCoached: 1,
    });
  });

  it('charts the stages of the units building ZI, and counts those not started apart', () => {
    expect(funnelTotals(OVERVIEW.funnel)).toEqual({ total: 253, notStarted: 228, building: 25 });
    const chart = funnelChart(OVERVIEW.funnel, t);
    expect(chart.bars.map((bar) => bar.label)).toEqual([
      'Pencanangan',
      'Pembangunan',
      'Penilaian mandiri',
      'Dievaluasi TPI',
      'Diusulkan ke KemenPANRB',
      'Menuju WBK',
      'Menuju WBBM',
      'Tidak ditetapkan TPN',
      'Predikat dicabut',
    ]);
    expect(chart.bars.reduce((sum, bar) => sum + (bar.values[0] ?? 0), 0)).toBe(25);
  });

  it('names every step, the API’s own name for one it adds later', () => {
    expect(stageLabel('NOT_STARTED', t)).toBe('Belum membangun ZI');
    expect(stageLabel('WBBM', t)).toBe('Menuju WBBM');
    expect(stageLabel('SUSPENDED', t)).toBe('SUSPENDED');
    expect(stageLabel('NOT_STARTED', translator('en', messages))).toBe('Not building ZI yet');
  });

  it('says how much of the zone was coached', () => {
    expect(coachedPercent(OVERVIEW.coaching)).toBe(96);
    expect(coachedPercent({ zoneUnits: 0, coached: 0, neverCoached: [] })).toBe(0);
    const chart = coachingChart(OVERVIEW.coaching, 2026, t);
    expect(chart.title).toBe('Unit ZI menurut pendampingan 2026');
    expect(chart.bars.map((bar) => [bar.label, bar.values[0]])).toEqual([
      ['Didampingi', 24],
      ['Belum pernah didampingi', 1],
    ]);
  });
});
