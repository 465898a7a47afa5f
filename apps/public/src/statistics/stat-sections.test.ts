import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import {
  CHART_TOP,
  instansiSection,
  keyFigures,
  predicateSection,
  regionSection,
  stageSection,
  yearSection,
} from './stat-sections';
import { STATISTICS } from './test-fixtures';

const t = translator('id', messages);

describe('statistics sections', () => {
  it('sum the headline figures', () => {
    expect(keyFigures(STATISTICS)).toEqual({ totalUnits: 253, buildingZi: 25, wbk: 5, wbbm: 2, revoked: 1 });
  });

  it('list every stage in lifecycle order, not declared first, zero where nobody is', () => {
    const { table, chart } = stageSection(STATISTICS, t);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Belum membangun ZI', 228],
      ['Pencanangan', 0],
      ['Pembangunan', 6],
      ['Penilaian mandiri', 0],
      ['Dievaluasi TPI', 0],
      ['Diusulkan ke KemenPANRB', 13],
      ['Menuju WBK', 3],
      ['Menuju WBBM', 2],
      ['Tidak ditetapkan TPN', 0],
      ['Predikat dicabut', 1],
    ]);
    expect(chart.bars.map((bar) => bar.values[0])).toEqual(table.rows.map((row) => row.cells[1]));
    const total = table.rows.reduce((sum, row) => sum + Number(row.cells[1]), 0);
    expect(total).toBe(STATISTICS.totalUnits);
  });

  it('count holders of each predicate, WBK first', () => {
    expect(predicateSection(STATISTICS, t).table.rows.map((row) => row.cells)).toEqual([
      ['Menuju WBK', 5],
      ['Menuju WBBM', 2],
    ]);
  });

  it('rank instansi by units building ZI, each linking to its directory', () => {
    const { table, chart } = instansiSection(STATISTICS, t);
    expect(table.columns.map((column) => column.header)).toEqual([
      'Instansi',
      'Jenis instansi',
      'Unit',
      'Membangun ZI',
      'Menuju WBK',
      'Menuju WBBM',
      'Pernah dicabut',
    ]);
    expect(table.rows[0]?.cells).toEqual([
      { text: 'Pemerintah Provinsi Nusa Harapan', to: '/?instansi=i-prov' },
      'Provinsi',
      200,
      20,
      4,
      2,
      1,
    ]);
    expect(chart.series.map((series) => series.label)).toEqual(['Membangun ZI', 'Menuju WBK', 'Menuju WBBM']);
    expect(chart.bars[0]?.values).toEqual([20, 4, 2]);
  });

  it('chart only the top instansi when there are many, and say so', () => {
    const many = {
      ...STATISTICS,
      byInstansi: Array.from({ length: CHART_TOP + 5 }, (_, index) => ({
        instansi: { id: `i${index}`, name: `Instansi ${index}`, kind: 'CITY' as const, regionCode: '99.01' },
        units: 10,
        buildingZi: index,
        wbk: 0,
        wbbm: 0,
        revoked: 0,
      })),
    };
    const { table, chart } = instansiSection(many, t);
    expect(table.rows).toHaveLength(CHART_TOP + 5);
    expect(chart.bars).toHaveLength(CHART_TOP);
    expect(chart.bars[0]?.label).toBe('Instansi 14');
    expect(chart.title).toBe('10 instansi dengan unit membangun ZI terbanyak');
  });

  it('count units per province of the region they are in, units in no region apart', () => {
    const { table } = regionSection(STATISTICS, t);
    expect(table.rows.map((row) => row.cells)).toEqual([
      [{ text: 'Pemerintah Provinsi Nusa Harapan', to: '/statistik?region=99' }, '99', 230, 23, 5, 2, 1],
      [{ text: 'Wilayah 98', to: '/statistik?region=98' }, '98', 14, 1, 0, 0, 0],
      ['Kementerian dan lembaga (nasional)', '—', 9, 1, 0, 0, 0],
    ]);
  });

  it('show per year only the stages some year reached, and chart the cohort', () => {
    const { table, chart } = yearSection(STATISTICS, t);
    expect(table.columns.map((column) => column.key)).toEqual([
      'year',
      'DECLARED',
      'BUILDING',
      'PROPOSED',
      'WBK',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['2022', 2, 0, 0, 2],
      ['2026', 17, 17, 3, 0],
    ]);
    expect(chart.series.map((series) => series.key)).toEqual(['DECLARED', 'PROPOSED', 'WBK', 'WBBM']);
    expect(chart.bars.map((bar) => bar.values)).toEqual([
      [2, 0, 2, 0],
      [17, 3, 0, 0],
    ]);
  });

  it('speak English when asked', () => {
    const en = translator('en', messages);
    expect(stageSection(STATISTICS, en).table.rows[0]?.cells[0]).toBe('Not building ZI yet');
    expect(regionSection(STATISTICS, en).table.rows.at(-1)?.cells[0]).toBe(
      'Ministries and agencies (national)',
    );
  });
});
