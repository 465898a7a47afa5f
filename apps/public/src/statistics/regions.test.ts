import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { instansiWithUnits, provinceLabel, provincesOf } from './regions';
import { STATISTICS } from './test-fixtures';

describe('regions', () => {
  it('offer the provinces the API counts units in, by code, units in no region left out', () => {
    expect(provincesOf(STATISTICS.byRegion)).toEqual([
      { code: '98', name: null },
      { code: '99', name: 'Pemerintah Provinsi Nusa Harapan' },
    ]);
  });

  it('name a province after its government, or by its code', () => {
    const t = translator('id', messages);
    expect(provinceLabel({ code: '99', name: 'Pemerintah Provinsi Nusa Harapan' }, t)).toBe(
      'Pemerintah Provinsi Nusa Harapan',
    );
    expect(provinceLabel({ code: '98', name: null }, t)).toBe('Wilayah 98');
  });

  it('offer the instansi the API counts in the region, by name', () => {
    const names = instansiWithUnits(STATISTICS.byInstansi).map((instansi) => instansi.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect(names).toHaveLength(STATISTICS.byInstansi.length);
  });
});
