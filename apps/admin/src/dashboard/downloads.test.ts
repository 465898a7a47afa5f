import { describe, expect, it } from 'vitest';
import { csvHref, xlsxHref } from './downloads';

describe('dashboard downloads', () => {
  it('ask the API for the scope shown, the kind as GraphQL names it, in the reader’s language', () => {
    expect(csvHref('funnel', { year: 2026, kind: null, region: null }, 'id')).toBe(
      '/admin/dashboard/funnel.csv?year=2026&lang=id',
    );
    expect(csvHref('heatmap', { year: 2025, kind: 'SCHOOL', region: '64.71' }, 'en')).toBe(
      '/admin/dashboard/heatmap.csv?year=2025&lang=en&kind=SCHOOL&regionCode=64.71',
    );
    expect(xlsxHref({ year: 2026, kind: 'RSUD', region: null }, 'id')).toBe(
      '/admin/dashboard/export.xlsx?year=2026&lang=id&kind=RSUD',
    );
  });
});
