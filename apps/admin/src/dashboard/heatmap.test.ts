import { describe, expect, it } from 'vitest';
import type { HeatmapRow } from './dashboard-types';
import { heatmapValue, nextSort, sortHeatmap } from './heatmap';
import { HEATMAP } from './test-fixtures';

const names = (rows: readonly HeatmapRow[]) => rows.map((row) => row.unit.name);

describe('the heatmap', () => {
  it('reads a row’s total and its areas', () => {
    const [bapenda] = HEATMAP;
    if (!bapenda) throw new Error('fixture');
    expect(heatmapValue(bapenda, 'total')).toBe(90.68);
    expect(heatmapValue(bapenda, 'HUMAN_RESOURCES')).toBe(81.6);
    expect(heatmapValue({ ...bapenda, areas: [] }, 'HUMAN_RESOURCES')).toBeNull();
  });

  it('sorts by the total or any area, either way', () => {
    expect(names(sortHeatmap(HEATMAP, { column: 'total', direction: 'asc' }))).toEqual([
      'SMK Negeri 1 Bukit Hijau',
      'UPT Samsat Bukit Hijau',
      'Badan Pendapatan Daerah',
    ]);
    expect(names(sortHeatmap(HEATMAP, { column: 'HUMAN_RESOURCES', direction: 'desc' }))).toEqual([
      'UPT Samsat Bukit Hijau',
      'Badan Pendapatan Daerah',
      'SMK Negeri 1 Bukit Hijau',
    ]);
    expect(names(sortHeatmap(HEATMAP, { column: 'name', direction: 'desc' }))).toEqual([
      'UPT Samsat Bukit Hijau',
      'SMK Negeri 1 Bukit Hijau',
      'Badan Pendapatan Daerah',
    ]);
  });

  it('puts a missing value last either way, and ties by name', () => {
    const [bapenda, smk, samsat] = HEATMAP;
    if (!bapenda || !smk || !samsat) throw new Error('fixture');
    const rows = [
      { ...bapenda, areas: [] },
      { ...smk, total: 50 },
      { ...samsat, total: 50 },
    ];
    for (const direction of ['asc', 'desc'] as const) {
      expect(names(sortHeatmap(rows, { column: 'SUPERVISION', direction })).at(-1)).toBe(
        'Badan Pendapatan Daerah',
      );
    }
    expect(names(sortHeatmap(rows, { column: 'total', direction: 'desc' })).slice(1)).toEqual([
      'SMK Negeri 1 Bukit Hijau',
      'UPT Samsat Bukit Hijau',
    ]);
  });

  it('leaves the rows it was given as they were', () => {
    const before = names(HEATMAP);
    sortHeatmap(HEATMAP, { column: 'total', direction: 'asc' });
    expect(names(HEATMAP)).toEqual(before);
  });

  it('turns the order round on the same column, and starts another lowest first', () => {
    expect(nextSort({ column: 'total', direction: 'asc' }, 'total')).toEqual({
      column: 'total',
      direction: 'desc',
    });
    expect(nextSort({ column: 'total', direction: 'desc' }, 'total')).toEqual({
      column: 'total',
      direction: 'asc',
    });
    expect(nextSort({ column: 'total', direction: 'desc' }, 'SUPERVISION')).toEqual({
      column: 'SUPERVISION',
      direction: 'asc',
    });
  });
});
