import { describe, expect, it } from 'vitest';
import { parseStatisticsParams, statisticsFilter, statisticsSearch } from './statistics-params';

const parse = (query: string) => parseStatisticsParams(new URLSearchParams(query));

describe('statistics page URL', () => {
  it('reads the instansi and region and writes them back the same', () => {
    const params = parse('instansi=abc&region=64.71');
    expect(params).toEqual({ instansi: 'abc', region: '64.71' });
    expect(statisticsSearch(params).toString()).toBe('instansi=abc&region=64.71');
  });

  it('drop a region that is not a Kemendagri code, and leave empty values out', () => {
    expect(parse('region=jawa&instansi=')).toEqual({ instansi: null, region: null });
    expect(parse('region=6')).toEqual({ instansi: null, region: null });
    expect(statisticsSearch({ instansi: null, region: null }).toString()).toBe('');
  });

  it('become the statistics filter with only the conditions set', () => {
    expect(statisticsFilter(parse(''))).toEqual({});
    expect(statisticsFilter(parse('region=64&instansi=i1'))).toEqual({ regionCode: '64', instansiId: 'i1' });
  });
});
