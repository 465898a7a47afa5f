import { describe, expect, it } from 'vitest';
import { interpolate, placeholdersOf } from './interpolate';

describe('interpolate', () => {
  it('fills every occurrence of each placeholder', () => {
    expect(interpolate('{a} dan {b}, lalu {a}', { a: 'satu', b: 'dua' }, 'id-ID')).toBe(
      'satu dan dua, lalu satu',
    );
  });

  it('formats numbers for the locale', () => {
    expect(interpolate('Unit yang cocok: {count}', { count: 1234 }, 'id-ID')).toBe('Unit yang cocok: 1.234');
    expect(interpolate('Matching units: {count}', { count: 1234 }, 'en-GB')).toBe('Matching units: 1,234');
  });

  it('leaves unknown placeholders visible and templates without params unchanged', () => {
    expect(interpolate('{a} {missing}', { a: 'x' }, 'en-GB')).toBe('x {missing}');
    expect(interpolate('sejak {date}', undefined, 'id-ID')).toBe('sejak {date}');
  });

  it('does not treat replacement patterns in values specially', () => {
    expect(interpolate('Cari {q}', { q: '$& $1' }, 'id-ID')).toBe('Cari $& $1');
  });

  it('lists placeholders', () => {
    expect(placeholdersOf('{year} {predicate} {year}')).toEqual(['predicate', 'year', 'year']);
    expect(placeholdersOf('none')).toEqual([]);
  });
});
