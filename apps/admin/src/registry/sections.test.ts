import { describe, expect, it } from 'vitest';
import { REGISTRY_SECTIONS, sectionOf, sectionSearch } from './sections';

describe('the registry’s sections in the URL', () => {
  it('name each section in Indonesian, and read it back', () => {
    expect(sectionSearch('import')).toBe('?bagian=impor');
    expect(sectionSearch('people')).toBe('?bagian=pengguna');
    for (const section of REGISTRY_SECTIONS) {
      expect(sectionOf(new URLSearchParams(sectionSearch(section)))).toBe(section);
    }
  });

  it('open the units list without a section, or with one it does not know', () => {
    expect(sectionSearch('units')).toBe('');
    expect(sectionOf(new URLSearchParams(''))).toBe('units');
    expect(sectionOf(new URLSearchParams('bagian=people'))).toBe('units');
  });
});
