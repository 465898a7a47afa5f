import { describe, expect, it } from 'vitest';
import { unitHref } from './unit-href';

describe('a unit’s link', () => {
  it('opens its worksheet of the year, or its comparison of unit and TPI', () => {
    const unit = { name: 'Dinas Kesehatan', assessment: { id: 'a1' } };
    expect(unitHref(unit)).toBe('/assessments/a1');
    expect(unitHref(unit, 'compare')).toBe('/assessments/a1/compare');
  });

  it('searches the units list for its name when the year has no worksheet of it', () => {
    expect(unitHref({ name: 'UPT Samsat & Co', assessment: null })).toBe('/?q=UPT+Samsat+%26+Co');
    expect(unitHref({ name: 'Biro Pengadaan' }, 'compare')).toBe('/?q=Biro+Pengadaan');
  });
});
