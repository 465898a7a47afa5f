import { describe, expect, it } from 'vitest';
import { instansiInRegion, provinceCode, provincesOf } from './regions';
import { INSTANSI } from './test-fixtures';

describe('regions', () => {
  it('take the province from a region code', () => {
    expect(provinceCode('64.71')).toBe('64');
    expect(provinceCode('64')).toBe('64');
    expect(provinceCode(null)).toBeNull();
  });

  it('list the provinces by code, named after their provincial government when known', () => {
    expect(provincesOf(INSTANSI)).toEqual([
      { code: '98', name: null },
      { code: '99', name: 'Pemerintah Provinsi Nusa Harapan' },
    ]);
  });

  it('narrow the instansi to a region, its regencies and cities included', () => {
    expect(instansiInRegion(INSTANSI, '99').map((instansi) => instansi.id)).toEqual(['i-city', 'i-prov']);
    expect(instansiInRegion(INSTANSI, '99.71').map((instansi) => instansi.id)).toEqual(['i-city']);
    expect(instansiInRegion(INSTANSI, '9')).toEqual([]);
    expect(instansiInRegion(INSTANSI, null)).toHaveLength(4);
  });
});
